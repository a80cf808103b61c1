/** The auditors' REST API over the verifiable history: checkpoints, key and proofs. */
package org.cooperation.tracker.query.ledger.web;
