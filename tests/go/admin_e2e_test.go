// End-to-end tests of the administration operations through the SDK with the account's admin
// key, against a running target. Besides MINIMAX_E2E_BASE_URL they read MINIMAX_E2E_ADMIN_KEY
// (the account's admin key), MINIMAX_E2E_API_KEY (an API key) and
// MINIMAX_E2E_ADMIN_OPERATIONS (a JSON file of [method, path, operationId]); skipped without
// the admin key (tests/go/test_go_sdk.py's test_administration_end_to_end gives it).

package minimax_test

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	minimax "github.com/minimax/minimax-go"
)

// adminTargetOf is the target with the admin key in place of the API key, recording the
// administration operations; apiKey is the API key, and t is skipped without an admin key.
func adminTargetOf(t *testing.T) (target e2eTarget, apiKey string) {
	t.Helper()
	target = e2eTarget{baseURL: os.Getenv("MINIMAX_E2E_BASE_URL"), key: os.Getenv("MINIMAX_E2E_ADMIN_KEY")}
	apiKey = os.Getenv("MINIMAX_E2E_API_KEY")
	if target.baseURL == "" || target.key == "" || apiKey == "" {
		t.Skip("MINIMAX_E2E_BASE_URL, MINIMAX_E2E_ADMIN_KEY and MINIMAX_E2E_API_KEY are not set")
	}
	operations := os.Getenv("MINIMAX_E2E_ADMIN_OPERATIONS")
	if operations == "" {
		t.Fatal("set MINIMAX_E2E_ADMIN_OPERATIONS beside the target")
	}
	target.routes = e2eRoutes(t, operations, target.baseURL)
	return target, apiKey
}

// eventually is what read gives once it is true: log entries appear within a second.
func eventually[T any](t *testing.T, read func() (T, bool)) T {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if found, ok := read(); ok {
			return found
		}
		if time.Now().After(deadline) {
			t.Fatal("not found in time")
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func TestAdministrationE2EKeysActivityAndUsage(t *testing.T) {
	target, _ := adminTargetOf(t)
	admin, rec := target.client()
	ctx := e2eContext(t)

	created, err := admin.Admin.APIKeys.Create(ctx, &minimax.APIKeyCreateRequest{
		Name: "e2e-reader", Scope: minimax.KeyScopeReadOnly,
	})
	if err != nil {
		t.Fatal(err)
	}
	key := created.Data
	if key.Scope != minimax.KeyScopeReadOnly || key.RotatedFrom != nil {
		t.Errorf("created %+v", key)
	}
	if !strings.HasPrefix(key.Secret, strings.TrimSuffix(key.Hint, "...")) {
		t.Errorf("the secret does not start with the hint %q", key.Hint)
	}
	// The secret is a credential: no verb prints it, a Result holding it neither.
	prefix := key.Hint[:len(key.Hint)-len("Ab3d...")]
	for _, shown := range []string{
		fmt.Sprint(key), fmt.Sprintf("%+v", key), fmt.Sprintf("%#v", key), fmt.Sprintf("%s", key),
		fmt.Sprintf("%+v", *created), fmt.Sprintf("%v", &key),
	} {
		if strings.Contains(shown, key.Secret) || !strings.Contains(shown, prefix+"***") {
			t.Errorf("printed as %s", shown)
		}
	}

	listed, err := admin.Admin.APIKeys.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(listed.Data, func(k minimax.APIKey) bool { return k.ID == key.ID })
	if i < 0 || listed.Data[i].Hint != key.Hint {
		t.Fatalf("the list has no %s with hint %s: %+v", key.ID, key.Hint, listed.Data)
	}
	got, err := admin.Admin.APIKeys.Retrieve(ctx, key.ID)
	if err != nil || got.Data.Hint != key.Hint {
		t.Fatalf("Retrieve: %+v, %v", got, err)
	}

	// The new key works, and its request is in the activity log by its request id.
	user := minimax.NewClient(key.Secret, minimax.WithBaseURL(target.baseURL), minimax.WithMaxRetries(0))
	models, err := user.Models.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	entry, err := admin.Admin.Activity.Retrieve(ctx, models.RequestID)
	if err != nil {
		t.Fatal(err)
	}
	e := entry.Data
	if e.RequestID != models.RequestID || e.KeyID == nil || *e.KeyID != key.ID || e.Operation == nil ||
		*e.Operation != "models.list" || e.Status != 200 {
		t.Errorf("the log's entry %+v", e)
	}
	limit := 10
	page := eventually(t, func() (minimax.ActivityPage, bool) {
		page, err := admin.Admin.Activity.List(ctx, &minimax.AdminActivityListParams{
			KeyID: key.ID, Operation: "models.list", Status: "2xx", Limit: &limit,
		})
		if err != nil {
			t.Fatal(err)
		}
		return page.Data, slices.ContainsFunc(page.Data.Entries, func(e minimax.ActivityEntry) bool {
			return e.RequestID == models.RequestID
		})
	})
	for _, e := range page.Entries {
		if e.KeyID == nil || *e.KeyID != key.ID {
			t.Errorf("the filtered page holds %+v", e)
		}
	}

	// Rotating gives a new secret at once; the old one is refused from then on.
	rotated, err := admin.Admin.APIKeys.Rotate(ctx, key.ID)
	if err != nil {
		t.Fatal(err)
	}
	if r := rotated.Data; r.RotatedFrom == nil || *r.RotatedFrom != key.ID || r.Secret == key.Secret {
		t.Errorf("rotated %+v", r)
	}
	if _, err := user.Models.List(ctx); !errors.Is(err, minimax.ErrAuthentication) {
		t.Errorf("the rotated-out secret: %v, want ErrAuthentication", err)
	}
	renewed := minimax.NewClient(rotated.Data.Secret, minimax.WithBaseURL(target.baseURL), minimax.WithMaxRetries(0))
	if _, err := renewed.Models.List(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Admin.APIKeys.Rotate(ctx, key.ID); !minimax.IsKeyRevoked(err) {
		t.Errorf("rotating the old key again: %v, want ErrKeyRevoked", err)
	}

	revoked, err := admin.Admin.APIKeys.Revoke(ctx, rotated.Data.ID)
	if err != nil || revoked.Data.ID != rotated.Data.ID || revoked.Data.RevokedAt == nil {
		t.Fatalf("Revoke: %+v, %v", revoked, err)
	}
	if _, err := renewed.Models.List(ctx); !errors.Is(err, minimax.ErrAuthentication) {
		t.Errorf("the revoked key: %v, want ErrAuthentication", err)
	}

	since := time.Now().Add(-5 * time.Minute).UTC().Format(time.RFC3339)
	usage, err := admin.Admin.Usage.Retrieve(ctx, &minimax.AdminUsageRetrieveParams{KeyID: key.ID, Since: since})
	if err != nil {
		t.Fatal(err)
	}
	requests, failed := 0, 0
	for _, b := range usage.Data.Buckets {
		requests += b.Requests
		failed += b.Errors
		if b.KeyID == nil || *b.KeyID != key.ID {
			t.Errorf("a bucket of another key: %+v", b)
		}
	}
	// Its models.list, and the call refused once it was rotated out (a revoked key's own).
	if usage.Data.BucketSeconds != 60 || requests != 2 || failed != 1 {
		t.Errorf("usage %+v, want the models.list and the refused call", usage.Data)
	}

	if _, err := admin.Admin.APIKeys.Retrieve(ctx, "key_"+strings.Repeat("0", 16)); !errors.Is(err, minimax.ErrNotFound) {
		t.Errorf("an unknown key: %v, want ErrNotFound", err)
	}
	if missed := rec.missed(); len(missed) > 0 {
		t.Errorf("no request reached %v", missed)
	}
}

func TestAdministrationE2EKeysCrossNeitherWay(t *testing.T) {
	target, apiKey := adminTargetOf(t)
	ctx := e2eContext(t)
	user := minimax.NewClient(apiKey, minimax.WithBaseURL(target.baseURL), minimax.WithMaxRetries(0))
	if _, err := user.Admin.APIKeys.List(ctx); !errors.Is(err, minimax.ErrAuthentication) {
		t.Errorf("an API key on an administration operation: %v, want ErrAuthentication", err)
	}
	admin := minimax.NewClient(target.key, minimax.WithBaseURL(target.baseURL), minimax.WithMaxRetries(0))
	_, err := admin.Models.List(ctx)
	if !errors.Is(err, minimax.ErrAuthentication) {
		t.Errorf("the admin key on a model operation: %v, want ErrAuthentication", err)
	}
	if strings.Contains(fmt.Sprint(err), target.key) || strings.Contains(fmt.Sprintf("%+v", admin), target.key) {
		t.Error("the admin key shows")
	}
}
