package org.bureaucrathackers.fellowship.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Converts between Jackson trees (what the server reads) and Jakarta JSON values (what Titanium reads).
 * Callers bound the depth first, so the recursion here stays shallow.
 */
final class JakartaJson {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JakartaJson() {
    }

    static JsonValue toJakarta(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                JsonObjectBuilder object = BUILDERS.createObjectBuilder();
                node.fields().forEachRemaining(e -> object.add(e.getKey(), toJakarta(e.getValue())));
                return object.build();
            }
            case ARRAY -> {
                JsonArrayBuilder array = BUILDERS.createArrayBuilder();
                node.elements().forEachRemaining(e -> array.add(toJakarta(e)));
                return array.build();
            }
            case STRING -> {
                return Json.createValue(node.textValue());
            }
            case NUMBER -> {
                if (node.isIntegralNumber()) {
                    return node.canConvertToLong() ? Json.createValue(node.longValue())
                            : Json.createValue(node.bigIntegerValue());
                }
                return node.isBigDecimal() ? Json.createValue(node.decimalValue()) : Json.createValue(node.doubleValue());
            }
            case BOOLEAN -> {
                return node.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
            }
            default -> {
                return JsonValue.NULL;
            }
        }
    }

    static JsonNode toJackson(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
                    object.set(e.getKey(), toJackson(e.getValue()));
                }
                return object;
            }
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonValue item : (JsonArray) value) {
                    array.add(toJackson(item));
                }
                return array;
            }
            case STRING -> {
                return NODES.textNode(((JsonString) value).getString());
            }
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                if (number.isIntegral()) {
                    return NODES.numberNode(number.bigIntegerValue());
                }
                return NODES.numberNode(number.bigDecimalValue());
            }
            case TRUE -> {
                return NODES.booleanNode(true);
            }
            case FALSE -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }
}
