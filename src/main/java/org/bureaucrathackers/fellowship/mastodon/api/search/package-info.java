/**
 * Finding accounts, statuses and hashtags: search, the profile directory and trends.
 */
package org.bureaucrathackers.fellowship.mastodon.api.search;
