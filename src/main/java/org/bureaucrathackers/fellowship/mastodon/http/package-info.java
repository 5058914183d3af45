/**
 * Request and response plumbing every Mastodon endpoint shares, the OAuth ones included: the parameters of a
 * request whatever their encoding, JSON answers, CORS for browser clients, and the caller's address for rate
 * limits. It knows no OAuth and no resource.
 */
package org.bureaucrathackers.fellowship.mastodon.http;
