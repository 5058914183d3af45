/** Media uploads on the client API: upload, show, describe and delete, and the upload fields they share. */
package org.bureaucrathackers.fellowship.mastodon.api.media;
