// Code generated from openapi/minimax.yaml by generator/; DO NOT EDIT.

package minimax

// Float is a pointer to v, for optional float fields of a request: Temperature:
// minimax.Float(0.2) sends 0.2, even 0, where a nil field sends nothing.
func Float(v float64) *float64 { return &v }

// Int is a pointer to v, for optional integer fields of a request.
func Int(v int) *int { return &v }

// String is a pointer to v, for optional string fields of a request.
func String(v string) *string { return &v }

// Bool is a pointer to v, for optional boolean fields of a request.
func Bool(v bool) *bool { return &v }
