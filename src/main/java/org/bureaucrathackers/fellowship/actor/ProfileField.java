package org.bureaucrathackers.fellowship.actor;

/** One profile field, published as a PropertyValue; the value is HTML. */
public record ProfileField(String name, String valueHtml) {
}
