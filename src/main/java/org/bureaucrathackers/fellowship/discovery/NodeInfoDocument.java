package org.bureaucrathackers.fellowship.discovery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bureaucrathackers.fellowship.json.Json;

/** A NodeInfo 2.0 or 2.1 document (D12, D13), keys in the order the schema lists them. */
public final class NodeInfoDocument {

    public static final String SOFTWARE_NAME = "fellowship";
    public static final String REPOSITORY = "https://github.com/bureaucrathackers/fellowship";
    public static final String HOMEPAGE = "https://github.com/bureaucrathackers/fellowship";
    /**
     * The Mastodon API version this instance answers like. megalodon (Whalebird, Fedistar) refuses software
     * names it does not know unless {@code metadata.upstream.name} is "mastodon".
     */
    public static final String MASTODON_UPSTREAM_VERSION = "4.2.0";

    /** The schema versions served, each with its discovery rel, path and content type. */
    public enum Schema {
        V2_0("2.0"), V2_1("2.1");

        private final String version;

        Schema(String version) {
            this.version = version;
        }

        public String version() {
            return version;
        }

        public String rel() {
            return "http://nodeinfo.diaspora.software/ns/schema/" + version;
        }

        public String path() {
            return "/nodeinfo/" + version;
        }

        public String contentType() {
            return "application/json; profile=\"" + rel() + "#\"";
        }
    }

    /** The usage numbers, already counted. */
    public record Usage(long users, long activeMonth, long activeHalfyear, long localPosts) {
    }

    /** What the operator says about the instance. Null parts are written as empty strings. */
    public record Metadata(String nodeName, String nodeDescription) {
    }

    private NodeInfoDocument() {
    }

    public static ObjectNode build(Schema schema, String softwareVersion, Usage usage, Metadata metadata) {
        ObjectNode document = Json.object();
        document.put("version", schema.version());
        ObjectNode software = document.putObject("software");
        software.put("name", SOFTWARE_NAME).put("version", softwareVersion);
        if (schema == Schema.V2_1) {
            software.put("repository", REPOSITORY).put("homepage", HOMEPAGE);
        }
        document.putArray("protocols").add("activitypub");
        ObjectNode services = document.putObject("services");
        services.putArray("inbound");
        services.putArray("outbound");
        ObjectNode usageNode = document.putObject("usage");
        usageNode.putObject("users")
                .put("total", usage.users())
                .put("activeMonth", usage.activeMonth())
                .put("activeHalfyear", usage.activeHalfyear());
        usageNode.put("localPosts", usage.localPosts());
        document.put("openRegistrations", false);
        ObjectNode metadataNode = document.putObject("metadata")
                .put("nodeName", orEmpty(metadata.nodeName()))
                .put("nodeDescription", orEmpty(metadata.nodeDescription()));
        metadataNode.putObject("upstream").put("name", "mastodon").put("version", MASTODON_UPSTREAM_VERSION);
        return document;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
