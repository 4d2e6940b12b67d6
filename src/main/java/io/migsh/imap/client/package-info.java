/**
 * A thin layer over Eclipse Angus's IMAP protocol engine: connecting (plain, SSL, STARTTLS), logging in (LOGIN,
 * AUTHENTICATE PLAIN with an authorization identity), and commands with errors turned into Exchange's wording.
 */
package io.migsh.imap.client;
