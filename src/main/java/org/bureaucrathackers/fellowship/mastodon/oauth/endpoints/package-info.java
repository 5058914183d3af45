/**
 * The OAuth endpoints: application registration ({@code /api/v1/apps}), the authorize page, the token and
 * revoke endpoints and the server metadata document. They call {@code mastodon.oauth} and answer through
 * {@code mastodon.http}.
 */
package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;
