/**
 * The media-type headers (Content-Type, Accept) read strictly, as RFC 9110 writes them,
 * before anything else reads them: a malformed one is a 4xx problem+json in the tracker's
 * words, never a failure deep inside the framework.
 */
package org.cooperation.tracker.access.mediatype;
