/**
 * The OAuth 2 server behind the client API: registered applications, authorization codes with PKCE, the
 * grants that issue access tokens, scopes, password sign-in and its throttle, and bearer-token authentication
 * of a request ({@link org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth}). The store interfaces
 * ({@code TokenStore}, {@code OAuthAppStore}, {@code AuthorizationCodeStore}) belong here; {@code store}
 * implements them. Nothing here knows the API resources or streaming.
 */
package org.bureaucrathackers.fellowship.mastodon.oauth;
