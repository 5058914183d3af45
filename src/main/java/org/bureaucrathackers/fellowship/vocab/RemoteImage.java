package org.bureaucrathackers.fellowship.vocab;

/** An actor's avatar ({@code icon}) or header ({@code image}). Media type and description may be null. */
public record RemoteImage(String url, String mediaType, String description) {
}
