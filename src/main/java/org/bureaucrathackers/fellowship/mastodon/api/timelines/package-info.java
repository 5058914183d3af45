/**
 * Timelines: home, public, hashtag and list timelines, and the caller's bookmarks and favourites.
 */
package org.bureaucrathackers.fellowship.mastodon.api.timelines;
