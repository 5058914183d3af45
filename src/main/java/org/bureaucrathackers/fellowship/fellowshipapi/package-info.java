/**
 * The Fellowship API ({@code /api/fellowship/v1/...}): what Fellowship adds to the Mastodon client API, one
 * subpackage per resource (profiles, directory, practices). It authenticates and pages as the Mastodon API does
 * and answers bad input with 422 naming the field at fault.
 */
package org.bureaucrathackers.fellowship.fellowshipapi;
