package org.bureaucrathackers.fellowship.signature;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Header field values looked up by lower-case name, as a signature base reads them. */
@FunctionalInterface
interface FieldValues {

    /** The field's value (several field lines joined with ", "), or null when the message has no such field. */
    String value(String lowerCaseName);

    static FieldValues ofSingle(Map<String, String> headers) {
        return name -> {
            for (Map.Entry<String, String> header : headers.entrySet()) {
                if (header.getKey().toLowerCase(Locale.ROOT).equals(name)) {
                    return header.getValue();
                }
            }
            return null;
        };
    }

    /** Joins field lines with ", " after trimming each (RFC 9421 §2.1; draft-cavage §2.3 does the same). */
    static String join(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(line.strip());
        }
        return out.toString();
    }
}
