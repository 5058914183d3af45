/**
 * The Mastodon entities (Account, Status, Notification, Relationship, Tag, Instance) as JSON-ready maps, and
 * the mappers that build them from the features' records; the id and datetime formats clients parse; the
 * default avatar and header every account entity may point at. Used by the API resources and by streaming;
 * it knows neither.
 */
package org.bureaucrathackers.fellowship.mastodon.entities;
