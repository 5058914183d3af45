/**
 * What a fellow keeps for reading: lists of followed accounts read as timelines, keyword filters, the markers
 * of where they stopped reading, and the hashtags they follow. Each belongs to one local account.
 */
package org.bureaucrathackers.fellowship.reading;
