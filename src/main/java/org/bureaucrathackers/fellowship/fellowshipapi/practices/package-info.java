/** Practice records over HTTP: publish, read, edit (with history), delete, list and follow their lineage. */
package org.bureaucrathackers.fellowship.fellowshipapi.practices;
