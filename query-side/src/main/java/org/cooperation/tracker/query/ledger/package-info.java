/**
 * The verifiable history: every stored event is a leaf of an append-only Merkle tree (RFC
 * 9162), sealed in global order by one sealer, with signed checkpoints (C2SP
 * tlog-checkpoint, signed-note), inclusion and consistency proofs, and a verifier that
 * recomputes the tree from the event table or from an export.
 */
package org.cooperation.tracker.query.ledger;
