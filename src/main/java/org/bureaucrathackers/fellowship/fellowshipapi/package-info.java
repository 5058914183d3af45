/**
 * The Fellowship API under {@code /api/fellowship/v1/}: what the Mastodon API has no words for (structured
 * profiles, the faceted directory), one subpackage per resource. Authentication and JSON answers are the
 * Mastodon API's.
 */
package org.bureaucrathackers.fellowship.fellowshipapi;
