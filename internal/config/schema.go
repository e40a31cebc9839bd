package config

import (
	"encoding"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// EnvPrefix starts the name of every environment variable relaynode reads.
const EnvPrefix = "RELAYNODE_"

// setting is one leaf of the Config tree: a scalar, a list of strings, or a
// map from names to sections (for example node.services.<id>), which only the
// config file can set.
type setting struct {
	key   string        // dotted YAML path, e.g. "devnet.block_period"
	doc   string        // from the `doc` tag
	value reflect.Value // addressable field inside a Config
}

// isMap reports whether the setting is a map of named sections.
func (s setting) isMap() bool { return s.value.Kind() == reflect.Map }

// isList reports whether the setting is a list of strings.
func (s setting) isList() bool { return s.value.Kind() == reflect.Slice }

// Defaulter is implemented by map elements that have non-zero defaults.
type Defaulter interface{ SetDefaults() }

// newElem returns a fresh element of a map setting, with its defaults.
func (s setting) newElem() reflect.Value {
	e := reflect.New(s.value.Type().Elem())
	if d, ok := e.Interface().(Defaulter); ok {
		d.SetDefaults()
	}
	return e.Elem()
}

// Flag returns the command-line flag name of the setting.
func (s setting) flag() string { return strings.ReplaceAll(s.key, "_", "-") }

// env returns the environment variable name of the setting.
func (s setting) env() string {
	return EnvPrefix + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(s.key))
}

// section is a struct-valued field, kept for its doc comment.
type section struct {
	key string
	doc string
}

var (
	durationType = reflect.TypeFor[time.Duration]()
	addressType  = reflect.TypeFor[common.Address]()
)

// settings lists the leaves of c in declaration order.
func settings(c *Config) []setting {
	var out []setting
	walk(reflect.ValueOf(c).Elem(), "", func(s setting) { out = append(out, s) }, nil)
	return out
}

// sections lists the struct-valued fields of Config in declaration order.
func sections() []section {
	var out []section
	c := Default()
	walk(reflect.ValueOf(&c).Elem(), "", nil, func(s section) { out = append(out, s) })
	return out
}

func walk(v reflect.Value, prefix string, leaf func(setting), sect func(section)) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		key := f.Tag.Get("yaml")
		if prefix != "" {
			key = prefix + "." + key
		}
		fv := v.Field(i)
		if isLeaf(f.Type) {
			if leaf != nil {
				leaf(setting{key: key, doc: f.Tag.Get("doc"), value: fv})
			}
			continue
		}
		if sect != nil {
			sect(section{key: key, doc: f.Tag.Get("doc")})
		}
		walk(fv, key, leaf, sect)
	}
}

func isLeaf(t reflect.Type) bool {
	if t.Kind() == reflect.Map {
		if t.Key().Kind() != reflect.String || t.Elem().Kind() != reflect.Struct {
			panic(fmt.Sprintf("config: map settings must be map[string]struct, not %s", t))
		}
		return true
	}
	if t.Kind() != reflect.Struct {
		return true
	}
	return t == addressType || reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]())
}

// set parses raw into the setting's field. The error says what is accepted.
func (s setting) set(raw string) error {
	v := s.value
	switch {
	case v.Type() == addressType:
		if raw == "" {
			v.Set(reflect.Zero(addressType))
			return nil
		}
		if !common.IsHexAddress(raw) {
			return fmt.Errorf("%q is not an address; accepted: 0x followed by 40 hex digits, or empty", raw)
		}
		v.Set(reflect.ValueOf(common.HexToAddress(raw)))
		return nil
	case v.Type() == durationType:
		d, err := time.ParseDuration(raw)
		if err != nil {
			return fmt.Errorf("%q is not a duration; accepted: a number with a unit, such as 500ms, 1s or 2m", raw)
		}
		v.SetInt(int64(d))
		return nil
	}
	if u, ok := v.Addr().Interface().(encoding.TextUnmarshaler); ok {
		return u.UnmarshalText([]byte(raw))
	}
	switch v.Kind() {
	case reflect.Slice:
		var items []string
		for _, it := range strings.Split(raw, ",") {
			if it = strings.TrimSpace(it); it != "" {
				items = append(items, it)
			}
		}
		v.Set(reflect.ValueOf(items))
	case reflect.String:
		v.SetString(raw)
	case reflect.Bool:
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return fmt.Errorf("%q is not a boolean; accepted: true or false", raw)
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int64:
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return fmt.Errorf("%q is not a whole number; accepted: digits such as 10", raw)
		}
		v.SetInt(n)
	case reflect.Uint64:
		n, err := strconv.ParseUint(raw, 10, 64)
		if err != nil {
			return fmt.Errorf("%q is not a whole number; accepted: digits such as 10, not negative", raw)
		}
		v.SetUint(n)
	default:
		panic(fmt.Sprintf("config: setting %s has unsupported type %s", s.key, v.Type()))
	}
	return nil
}

// format renders the setting's current value the way set accepts it.
func (s setting) format() string {
	v := s.value
	switch {
	case v.Type() == addressType:
		a := v.Interface().(common.Address)
		if a == (common.Address{}) {
			return ""
		}
		return a.Hex()
	case v.Type() == durationType:
		return time.Duration(v.Int()).String()
	}
	if m, ok := v.Interface().(encoding.TextMarshaler); ok {
		b, _ := m.MarshalText()
		return string(b)
	}
	switch v.Kind() {
	case reflect.Slice:
		return strings.Join(v.Interface().([]string), ",")
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10)
	}
	panic(fmt.Sprintf("config: setting %s has unsupported type %s", s.key, v.Type()))
}

// typeName is the short type shown in flag help.
func (s setting) typeName() string {
	switch {
	case s.value.Type() == addressType:
		return "address"
	case s.value.Type() == durationType:
		return "duration"
	case s.value.Type() == reflect.TypeFor[Tokens]():
		return "tokens"
	}
	switch s.value.Kind() {
	case reflect.Slice:
		return "list"
	case reflect.Map:
		return "map"
	case reflect.Bool:
		return "bool"
	case reflect.Int, reflect.Int64, reflect.Uint64:
		return "int"
	}
	return "string"
}

// Keys returns the dotted key of every setting that flags and environment
// variables can set (not map settings), sorted; for help texts and tests.
func Keys() []string {
	c := Default()
	var keys []string
	for _, s := range settings(&c) {
		if !s.isMap() {
			keys = append(keys, s.key)
		}
	}
	sort.Strings(keys)
	return keys
}
