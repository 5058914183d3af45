package org.bureaucrathackers.fellowship.vocab;

/** A profile field ({@code attachment} of type PropertyValue); the value is remote, unsanitised HTML. */
public record PropertyValue(String name, String value) {
}
