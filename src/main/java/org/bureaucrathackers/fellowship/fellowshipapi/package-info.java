/** The Fellowship API under {@code /api/fellowship/v1}: what Mastodon's API has no words for. */
package org.bureaucrathackers.fellowship.fellowshipapi;
