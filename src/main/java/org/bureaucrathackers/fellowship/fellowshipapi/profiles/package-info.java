/** Structured fellow profiles: {@code /api/fellowship/v1/profile}. */
package org.bureaucrathackers.fellowship.fellowshipapi.profiles;
