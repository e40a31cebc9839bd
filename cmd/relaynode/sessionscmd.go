package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/mining"
)

func newSessionsCmd(a *app) *cobra.Command {
	var limit int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "sessions",
		Short: "List the node's sessions: trees, claims, proofs and settlement",
		Long: `List the sessions a running node ('relaynode up' or 'relaynode node') has
mined relays for, newest first: relays and compute units in each session tree,
the lifecycle phase (live, closed, claiming, claimed, proving, proven,
settling, settled, expired), the claim height, whether a proof was required,
the current transaction and why a claim expired.

Reads GET /v1/sessions from the node's admin server (node.admin_listen).`,
		Args: exactArgs(0),
	}
	cmd.Flags().IntVar(&limit, "limit", 20, "how many sessions to show")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the API's JSON")
	flags := config.BindFlags(cmd.Flags(), "node.admin_listen")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		cfg, _, err := a.load(flags)
		if err != nil {
			return err
		}
		if cfg.Node.AdminListen == "" {
			return usageError{fmt.Errorf("node.admin_listen is empty: the node serves no sessions API")}
		}
		url := fmt.Sprintf("http://%s/v1/sessions?limit=%d", cfg.Node.AdminListen, limit)
		hc := &http.Client{Timeout: 10 * time.Second}
		resp, err := hc.Get(url)
		if err != nil {
			return fmt.Errorf("sessions: is the node running? %w", err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("sessions: %s answered %s", url, resp.Status)
		}
		var body struct {
			Sessions []mining.SessionView `json:"sessions"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			return fmt.Errorf("sessions: the answer of %s is not the sessions API's: %w", url, err)
		}
		if asJSON {
			enc := json.NewEncoder(a.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(body)
		}
		if len(body.Sessions) == 0 {
			fmt.Fprintln(a.stdout, "no sessions yet: send relays through the gateway")
			return nil
		}
		tw := tabwriter.NewWriter(a.stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "START\tSERVICE\tAPPLICATION\tSUPPLIER\tRELAYS\tUNITS\tPHASE\tCLAIM AT\tPROOF\tPAID\tNOTE")
		for _, s := range body.Sessions {
			proof := "-"
			if s.ProofRequired {
				proof = "required"
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%d\t%s\t%d\t%s\t%s\t%s\n", s.SessionStart, s.Service, short(s.Application), short(s.Supplier),
				s.Relays, s.ComputeUnits, s.Phase, s.ClaimHeight, proof, tokens(s.Paid), s.Reason)
		}
		return tw.Flush()
	}
	return cmd
}

// short abbreviates an address for a table.
func short(addr string) string {
	if len(addr) < 12 {
		return addr
	}
	return addr[:6] + "…" + addr[len(addr)-4:]
}

// tokens renders token base units (18 decimals) as tokens, "-" when empty.
func tokens(baseUnits string) string {
	v, ok := new(big.Rat).SetString(baseUnits)
	if !ok {
		return "-"
	}
	return strings.TrimRight(strings.TrimRight(v.Quo(v, new(big.Rat).SetFloat64(1e18)).FloatString(9), "0"), ".")
}
