package org.bureaucrathackers.fellowship.feeds;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's streaming XML writer: it escapes what it writes, and every text and attribute
 * passes through {@link XmlText} first, so that no post can make the document ill-formed.
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;

    XmlOut() {
        try {
            this.xml = FACTORY.createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no XML writer", e);
        }
    }

    XmlOut start(String name) {
        return run(() -> xml.writeStartElement(name));
    }

    /** An element with a namespace prefix (the prefix bound by {@link #namespace}). */
    XmlOut start(String prefix, String name, String uri) {
        return run(() -> xml.writeStartElement(prefix, name, uri));
    }

    XmlOut empty(String name) {
        return run(() -> xml.writeEmptyElement(name));
    }

    XmlOut empty(String prefix, String name, String uri) {
        return run(() -> xml.writeEmptyElement(prefix, name, uri));
    }

    XmlOut defaultNamespace(String uri) {
        return run(() -> xml.writeDefaultNamespace(uri));
    }

    XmlOut namespace(String prefix, String uri) {
        return run(() -> xml.writeNamespace(prefix, uri));
    }

    XmlOut attribute(String name, String value) {
        return run(() -> xml.writeAttribute(name, XmlText.clean(value)));
    }

    /** {@code xml:lang} and the like: an attribute in the namespace every XML document has. */
    XmlOut xmlAttribute(String name, String value) {
        return run(() -> xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", name,
                XmlText.clean(value)));
    }

    XmlOut text(String value) {
        return run(() -> xml.writeCharacters(XmlText.clean(value)));
    }

    XmlOut end() {
        return run(xml::writeEndElement);
    }

    /** An element holding only text. */
    XmlOut element(String name, String value) {
        return start(name).text(value).end();
    }

    String finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.close();
        });
        return buffer.toString();
    }

    private XmlOut run(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            // Writing into memory fails only through a bug here, never through what a post holds.
            throw new IllegalStateException("could not write feed XML", e);
        }
        return this;
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
