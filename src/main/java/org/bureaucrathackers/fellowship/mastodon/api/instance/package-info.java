/**
 * The instance: its description (v1 and v2), custom emojis and announcements.
 */
package org.bureaucrathackers.fellowship.mastodon.api.instance;
