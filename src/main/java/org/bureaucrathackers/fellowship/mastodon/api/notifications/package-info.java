/**
 * Notifications and the Web Push subscription endpoint.
 */
package org.bureaucrathackers.fellowship.mastodon.api.notifications;
