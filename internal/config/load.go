package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"

	"github.com/spf13/pflag"
	"gopkg.in/yaml.v3"

	"github.com/relaynode/relaynode/internal/fsutil"
)

// Environment variables that relaynode reads but that are not settings:
// secrets stay out of the config file, and test switches are not config.
const (
	EnvConfigFile = EnvPrefix + "CONFIG"
	EnvPassphrase = EnvPrefix + "KEYSTORE_PASSPHRASE"
	EnvSoak       = EnvPrefix + "SOAK"
	// EnvTxSignerKeys holds extra transaction-relayer signer keys (hex,
	// comma-separated); it is a secret, never a config setting.
	EnvTxSignerKeys = EnvPrefix + "TX_SIGNER_KEYS"
)

// FlagSet holds the config flags bound to one command. Flags record the raw
// text they were given; Load applies them last, after the file and the
// environment.
type FlagSet struct {
	values map[string]*flagValue // by setting key
}

type flagValue struct {
	typ     string
	raw     string
	changed bool
}

func (f *flagValue) String() string { return f.raw }
func (f *flagValue) Set(s string) error {
	f.raw, f.changed = s, true
	return nil
}
func (f *flagValue) Type() string { return f.typ }

// BindFlags adds a flag for every setting under the given top-level sections
// (for example "devnet" or "datadir") to fs, with the setting's doc, default and
// environment name in its usage line.
func BindFlags(fs *pflag.FlagSet, sectionKeys ...string) *FlagSet {
	def := Default()
	b := &FlagSet{values: map[string]*flagValue{}}
	for _, s := range settings(&def) {
		if s.isMap() || !underAny(s.key, sectionKeys) {
			continue
		}
		v := &flagValue{typ: s.typeName(), raw: s.format()}
		b.values[s.key] = v
		fl := fs.VarPF(v, s.flag(), "", s.doc+" (env "+s.env()+")")
		fl.DefValue = s.format()
	}
	return b
}

func underAny(key string, sectionKeys []string) bool {
	for _, p := range sectionKeys {
		if key == p || strings.HasPrefix(key, p+".") {
			return true
		}
	}
	return false
}

// Load builds the configuration: defaults, then the YAML file at path (if path
// is not empty), then RELAYNODE_* variables from env, then the flags that were
// set on the command line. It rejects unknown keys and bad values, naming the
// key, where it came from and what is accepted. Unknown RELAYNODE_* variables
// are returned as warnings.
func Load(path string, env []string, flags *FlagSet) (Config, []string, error) {
	cfg := Default()
	table := map[string]setting{}
	for _, s := range settings(&cfg) {
		table[s.key] = s
	}
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return Config{}, nil, fmt.Errorf("%w: cannot read config file: %w", ErrInvalid, err)
		}
		if err := applyYAML(data, path, table); err != nil {
			return Config{}, nil, err
		}
	}
	warnings, err := applyEnv(env, table)
	if err != nil {
		return Config{}, nil, err
	}
	if flags != nil {
		keys := make([]string, 0, len(flags.values))
		for k := range flags.values {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			v := flags.values[k]
			if !v.changed {
				continue
			}
			s := table[k]
			if err := s.set(v.raw); err != nil {
				return Config{}, nil, fmt.Errorf("%w: flag --%s: %w", ErrInvalid, s.flag(), err)
			}
		}
	}
	if err := cfg.Validate(); err != nil {
		return Config{}, nil, err
	}
	return cfg, warnings, nil
}

func applyEnv(env []string, table map[string]setting) ([]string, error) {
	byEnv := map[string]setting{}
	for _, s := range table {
		if !s.isMap() {
			byEnv[s.env()] = s
		}
	}
	var warnings []string
	for _, kv := range env {
		name, val, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, EnvPrefix) {
			continue
		}
		s, ok := byEnv[name]
		if !ok {
			switch name {
			case EnvConfigFile, EnvPassphrase, EnvSoak, EnvTxSignerKeys:
			default:
				warnings = append(warnings, fmt.Sprintf("ignoring unknown environment variable %s (settings are named %s<SECTION>_<KEY>, e.g. RELAYNODE_CHAIN_RPC)", name, EnvPrefix))
			}
			continue
		}
		if err := s.set(val); err != nil {
			return nil, fmt.Errorf("%w: environment variable %s (%s): %w", ErrInvalid, name, s.key, err)
		}
	}
	sort.Strings(warnings)
	return warnings, nil
}

// applyYAML walks the document against the schema so that an unknown key, a
// duplicate key or a wrong shape is reported with its line and the accepted keys.
func applyYAML(data []byte, path string, table map[string]setting) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("%w: config file %s is not valid YAML: %w", ErrInvalid, path, err)
	}
	if len(doc.Content) == 0 {
		return nil // empty file: defaults
	}
	return applyMapping(doc.Content[0], "", path, table)
}

func applyMapping(n *yaml.Node, prefix, path string, table map[string]setting) error {
	where := func(line int) string { return fmt.Sprintf("config file %s line %d", path, line) }
	if n.Kind != yaml.MappingNode {
		name := prefix
		if name == "" {
			name = "the document"
		}
		return fmt.Errorf("%w: %s: %s must be a mapping of keys to values", ErrInvalid, where(n.Line), name)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := k.Value
		if prefix != "" {
			key = prefix + "." + k.Value
		}
		if seen[key] {
			return fmt.Errorf("%w: %s: key %s appears twice", ErrInvalid, where(k.Line), key)
		}
		seen[key] = true
		if s, ok := table[key]; ok && s.isMap() {
			if err := applyMap(s, v, path); err != nil {
				return err
			}
			continue
		}
		if s, ok := table[key]; ok && s.isList() {
			if err := applyList(s, v, path); err != nil {
				return err
			}
			continue
		}
		if s, ok := table[key]; ok {
			if v.Kind != yaml.ScalarNode {
				return fmt.Errorf("%w: %s: %s must be a single value, not a list or mapping", ErrInvalid, where(v.Line), key)
			}
			raw := v.Value
			if v.Tag == "!!null" {
				raw = ""
			}
			if err := s.set(raw); err != nil {
				return fmt.Errorf("%w: %s: %s: %w", ErrInvalid, where(v.Line), key, err)
			}
			continue
		}
		if isSection(key, table) {
			if err := applyMapping(v, key, path, table); err != nil {
				return err
			}
			continue
		}
		return fmt.Errorf("%w: %s: unknown key %s; accepted %s", ErrInvalid, where(k.Line), key, acceptedUnder(prefix, table))
	}
	return nil
}

// applyList sets a list setting from a YAML sequence of scalars (or a single
// comma-separated scalar).
func applyList(s setting, n *yaml.Node, path string) error {
	switch n.Kind {
	case yaml.ScalarNode:
		if err := s.set(n.Value); err != nil {
			return fmt.Errorf("%w: config file %s line %d: %s: %w", ErrInvalid, path, n.Line, s.key, err)
		}
		return nil
	case yaml.SequenceNode:
		items := []string{}
		for _, it := range n.Content {
			if it.Kind != yaml.ScalarNode {
				return fmt.Errorf("%w: config file %s line %d: %s must be a list of values", ErrInvalid, path, it.Line, s.key)
			}
			items = append(items, it.Value)
		}
		s.value.Set(reflect.ValueOf(items))
		return nil
	}
	return fmt.Errorf("%w: config file %s line %d: %s must be a list", ErrInvalid, path, n.Line, s.key)
}

// applyMap fills a map setting: each entry of the YAML mapping is a named
// section, walked against the element type like the rest of the file.
func applyMap(s setting, n *yaml.Node, path string) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("%w: config file %s line %d: %s must be a mapping of names to sections", ErrInvalid, path, n.Line, s.key)
	}
	m := reflect.MakeMap(s.value.Type())
	for i := 0; i+1 < len(n.Content); i += 2 {
		name, body := n.Content[i].Value, n.Content[i+1]
		if m.MapIndex(reflect.ValueOf(name)).IsValid() {
			return fmt.Errorf("%w: config file %s line %d: %s.%s appears twice", ErrInvalid, path, n.Content[i].Line, s.key, name)
		}
		elem := s.newElem()
		prefix := s.key + "." + name
		table := map[string]setting{}
		walk(elem, prefix, func(es setting) { table[es.key] = es }, nil)
		if body.Tag != "!!null" {
			if err := applyMapping(body, prefix, path, table); err != nil {
				return err
			}
		}
		m.SetMapIndex(reflect.ValueOf(name), elem)
	}
	s.value.Set(m)
	return nil
}

func isSection(key string, table map[string]setting) bool {
	for k := range table {
		if strings.HasPrefix(k, key+".") {
			return true
		}
	}
	return false
}

// acceptedUnder lists the direct child keys of prefix.
func acceptedUnder(prefix string, table map[string]setting) string {
	set := map[string]bool{}
	for k := range table {
		rest := k
		if prefix != "" {
			if !strings.HasPrefix(k, prefix+".") {
				continue
			}
			rest = strings.TrimPrefix(k, prefix+".")
		}
		first, _, _ := strings.Cut(rest, ".")
		set[first] = true
	}
	names := make([]string, 0, len(set))
	for n := range set {
		names = append(names, n)
	}
	sort.Strings(names)
	where := "at the top level"
	if prefix != "" {
		where = "under " + prefix
	}
	return where + ": " + strings.Join(names, ", ")
}

// DefaultYAML renders the defaults as a commented YAML document: what
// `relaynode config default` prints.
func DefaultYAML() []byte {
	c := Default()
	return render(&c)
}

// YAML renders c as a commented YAML document.
func (c *Config) YAML() []byte { return render(c) }

func render(c *Config) []byte {
	root := &yaml.Node{Kind: yaml.MappingNode}
	nodes := map[string]*yaml.Node{"": root}
	docs := map[string]string{}
	for _, s := range sections() {
		docs[s.key] = s.doc
	}
	for _, s := range settings(c) {
		parent := root
		parts := strings.Split(s.key, ".")
		for i := range parts[:len(parts)-1] {
			key := strings.Join(parts[:i+1], ".")
			n, ok := nodes[key]
			if !ok {
				n = &yaml.Node{Kind: yaml.MappingNode}
				parent.Content = append(parent.Content,
					&yaml.Node{Kind: yaml.ScalarNode, Value: parts[i], HeadComment: wrap(docs[key])}, n)
				nodes[key] = n
			}
			parent = n
		}
		if s.isMap() {
			parent.Content = append(parent.Content,
				&yaml.Node{Kind: yaml.ScalarNode, Value: parts[len(parts)-1], HeadComment: wrap(s.doc + " (config file only)")},
				renderMap(s))
			continue
		}
		parent.Content = append(parent.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Value: parts[len(parts)-1], HeadComment: wrap(s.doc + " (flag --" + s.flag() + ", env " + s.env() + ")")},
			scalar(s))
	}
	var buf bytes.Buffer
	buf.WriteString("# relaynode configuration. Every key is optional; absent keys take the values shown.\n# Precedence: defaults < this file < RELAYNODE_* environment variables < flags.\n\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		panic(fmt.Sprintf("config: rendering YAML: %v", err)) // a bug, not bad input
	}
	return buf.Bytes()
}

// renderMap renders a map setting's entries, sorted by name.
func renderMap(s setting) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode}
	if s.value.Len() == 0 {
		n.Style = yaml.FlowStyle
		return n
	}
	names := make([]string, 0, s.value.Len())
	for _, k := range s.value.MapKeys() {
		names = append(names, k.String())
	}
	sort.Strings(names)
	for _, name := range names {
		elem := reflect.New(s.value.Type().Elem()).Elem()
		elem.Set(s.value.MapIndex(reflect.ValueOf(name)))
		body := &yaml.Node{Kind: yaml.MappingNode}
		walk(elem, "", func(es setting) {
			body.Content = append(body.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: es.key, HeadComment: wrap(es.doc)}, scalar(es))
		}, nil)
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: name}, body)
	}
	return n
}

func scalar(s setting) *yaml.Node {
	if s.isList() {
		n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, it := range s.value.Interface().([]string) {
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: it})
		}
		return n
	}
	n := &yaml.Node{Kind: yaml.ScalarNode, Value: s.format()}
	switch s.typeName() {
	case "bool":
		n.Tag = "!!bool"
	case "int":
		n.Tag = "!!int"
	default:
		n.Tag = "!!str"
	}
	return n
}

func wrap(doc string) string {
	const width = 86
	var lines []string
	line := ""
	for _, w := range strings.Fields(doc) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// UpdateFile sets the given settings (dotted key to raw value) in the YAML file
// at path, keeping its other content and comments, and creates the file from
// the defaults when it does not exist. The values are checked like any other.
func UpdateFile(path string, values map[string]string) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		data = DefaultYAML()
	} else if err != nil {
		return fmt.Errorf("config: updating %s: %w", path, err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("%w: config file %s is not valid YAML: %w", ErrInvalid, path, err)
	}
	if len(doc.Content) == 0 {
		doc = yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{Kind: yaml.MappingNode}}}
	}
	probe := Default()
	table := map[string]setting{}
	for _, s := range settings(&probe) {
		table[s.key] = s
	}
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		s, ok := table[key]
		if !ok {
			return fmt.Errorf("config: updating %s: unknown key %s", path, key)
		}
		if err := s.set(values[key]); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrInvalid, key, err)
		}
		setNode(doc.Content[0], strings.Split(key, "."), scalar(s))
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return fmt.Errorf("config: updating %s: %w", path, err)
	}
	return fsutil.WriteFileDurable(path, buf.Bytes())
}

func setNode(m *yaml.Node, path []string, value *yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != path[0] {
			continue
		}
		if len(path) == 1 {
			value.LineComment = m.Content[i+1].LineComment
			m.Content[i+1] = value
			return
		}
		if m.Content[i+1].Kind != yaml.MappingNode {
			m.Content[i+1] = &yaml.Node{Kind: yaml.MappingNode}
		}
		setNode(m.Content[i+1], path[1:], value)
		return
	}
	key := &yaml.Node{Kind: yaml.ScalarNode, Value: path[0]}
	if len(path) == 1 {
		m.Content = append(m.Content, key, value)
		return
	}
	child := &yaml.Node{Kind: yaml.MappingNode}
	m.Content = append(m.Content, key, child)
	setNode(child, path[1:], value)
}
