/**
 * What a fellow keeps for reading: lists, filters, markers and followed hashtags (the {@code reading}
 * feature).
 */
package org.bureaucrathackers.fellowship.mastodon.api.reading;
