/** The fellows' directory with facets: {@code /api/fellowship/v1/directory}. */
package org.bureaucrathackers.fellowship.fellowshipapi.directory;
