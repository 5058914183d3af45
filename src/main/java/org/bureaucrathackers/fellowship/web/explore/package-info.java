/**
 * The pages for finding people and conversations: the fellows' directory with its facets, the communities of
 * practice (list, page, joining, leaving and posting to one), search, and following a hashtag from its page.
 */
package org.bureaucrathackers.fellowship.web.explore;
