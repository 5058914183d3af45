/**
 * Accounts: profiles and their statuses, the caller's own credentials and preferences, relationships,
 * follow requests, blocks, mutes and endorsements.
 */
package org.bureaucrathackers.fellowship.mastodon.api.accounts;
