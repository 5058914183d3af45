package org.bureaucrathackers.fellowship.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HostMetaRoutesTest {

    static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static String template() {
        return instance.base() + "/.well-known/webfinger?resource={uri}";
    }

    @Test
    void host_meta_is_xrd_with_the_lrdd_template() throws Exception {
        HttpResponse<String> response = instance.get("/.well-known/host-meta");
        assertEquals(200, response.statusCode());
        assertEquals("application/xrd+xml; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        Element root = xml.getDocumentElement();
        assertEquals("XRD", root.getLocalName());
        assertEquals("http://docs.oasis-open.org/ns/xri/xrd-1.0", root.getNamespaceURI());
        Element link = (Element) root.getElementsByTagNameNS("http://docs.oasis-open.org/ns/xri/xrd-1.0", "Link").item(0);
        assertEquals("lrdd", link.getAttribute("rel"));
        assertEquals(template(), link.getAttribute("template"));
    }

    @Test
    void the_lrdd_template_leads_to_a_working_webfinger() {
        instance.createFellow("bob");
        String url = template().replace("{uri}", "acct:bob@" + instance.domain());
        assertEquals(200, instance.get(url).statusCode());
    }

    @Test
    void json_accept_gets_the_json_form() throws Exception {
        HttpResponse<String> response = instance.get("/.well-known/host-meta", "Accept", "application/json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertJsonTemplate(response);
    }

    @Test
    void host_meta_json_path_is_always_json() throws Exception {
        HttpResponse<String> response = instance.get("/.well-known/host-meta.json", "Accept", "application/xrd+xml");
        assertEquals(200, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertJsonTemplate(response);
    }

    @Test
    void preflight_allows_any_origin() {
        HttpResponse<String> response = instance.send(HttpRequest.newBuilder(URI.create(instance.url("/.well-known/host-meta")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "GET")
                .build());
        assertEquals(204, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void accept_negotiation_prefers_xrd_unless_json_ranks_higher() {
        assertFalse(HostMetaRoutes.wantsJson(null));
        assertFalse(HostMetaRoutes.wantsJson("*/*"));
        assertFalse(HostMetaRoutes.wantsJson("application/xrd+xml, application/json"));
        assertFalse(HostMetaRoutes.wantsJson("application/json;q=0.5, application/xrd+xml"));
        assertFalse(HostMetaRoutes.wantsJson("application/json;q=nonsense"));
        assertTrue(HostMetaRoutes.wantsJson("application/json"));
        assertTrue(HostMetaRoutes.wantsJson("application/jrd+json, */*;q=0.1"));
        assertTrue(HostMetaRoutes.wantsJson("application/xrd+xml;q=0.2, application/json"));
    }

    private static void assertJsonTemplate(HttpResponse<String> response) throws Exception {
        JsonNode document = Json.MAPPER.readTree(response.body());
        JsonNode link = document.get("links").get(0);
        assertEquals("lrdd", link.get("rel").asText());
        assertEquals(template(), link.get("template").asText());
    }
}
