package org.bureaucrathackers.fellowship.session;

/**
 * Where sign-in sends the browser afterwards: a path on this site only, so the sign-in page cannot be used
 * to send fellows to another site that looks like it (an open redirect).
 */
public final class ReturnPaths {

    public static final String HOME = "/";
    static final int MAX_LENGTH = 2_048;

    private ReturnPaths() {
    }

    /** {@code path} when it is a plain path on this site, else the home page. */
    public static String safe(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/') {
            return HOME;
        }
        // "//host" and "/\host" are read by browsers as another site; control characters could split headers.
        if (path.startsWith("//") || path.startsWith("/\\")) {
            return HOME;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return HOME;
            }
        }
        return path;
    }
}
