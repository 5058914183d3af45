/**
 * The Mastodon client API's resources, one subpackage per group, and what they share: paging by id with Link
 * headers, offset paging for search-like lists, and the status lookup that answers 404 for what the caller may
 * not see. Resources call the features' services and map their records through {@code mastodon.entities};
 * they authenticate the caller through {@code mastodon.oauth} and read requests through {@code mastodon.http}.
 */
package org.bureaucrathackers.fellowship.mastodon.api;
