// Package store keeps the miner's durable state in Pebble: the mined-relay log
// (every relay that met the difficulty target, durable before its response is
// released) and a Pebble-backed node store for session trees (smt's
// kvstore.MapStore), so a closed tree can be persisted once and reopened from
// its root.
//
// Live session trees stay in memory; the log is the durable record they are
// rebuilt from after a restart.
//
// Key layout of a Pebble database shared by a PebbleLog and tree stores (first
// byte of every key):
//
//	'v'                        format version of the layout (one key)
//	's' ‖ session (80 B)       per-session totals: relays (8 B) ‖ weight (8 B)
//	'r' ‖ session ‖ key (32 B) one mined relay: weight (8 B) ‖ relay record (384 B)
//	't' ‖ session              a persisted session tree's nodes (TreePrefix)
//
// Sessions are encoded start-first (see SessionKey.Bytes), so iteration visits
// them in chronological order.
package store
