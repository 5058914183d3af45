/**
 * Statuses: posting, reading, editing and deleting them, their context, history and source, and the actions
 * on one status (favourite, boost, bookmark, pin) with who favourited and boosted it.
 */
package org.bureaucrathackers.fellowship.mastodon.api.statuses;
