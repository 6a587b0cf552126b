/*
 * policy.c - policy JSON validation, compilation and decisions.
 *
 * The compiled policy keeps its source text (the store versions it) and
 * the parsed JSON (the detection module reads "detectors" from it). Every
 * lookup works on immutable data, so decisions are lock-free.
 */
#include "policy.h"

#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sodium.h>

#include "classify.h"
#include "jsonv.h"
#include "rota.h"

#define NDIR 3
#define ACT_UNSET (-1)

struct action_set {
    signed char def[NDIR];
    signed char type[MM_PHI_COUNT][NDIR];
};

struct action_ovr {
    char *name; /* mailbox address or domain, lower case */
    struct action_set acts;
};

struct route_ovr {
    char *mailbox;
    char *route[MM_CAT_COUNT];
};

struct esc_rule {
    char *id;
    unsigned cats;   /* bit per category */
    int urgent_only;
    char **mailboxes; /* "addr", "@domain" or "*" */
    size_t nmailboxes;
    const mm_rota *rota;
    char **to;
    size_t nto;
    unsigned dedupe;
};

struct net {
    int family;
    unsigned char addr[16];
    int prefix;
};

struct mm_policy {
    char *source;
    size_t srclen;
    json_t *root;
    char *name;
    char label[96];
    int enforce;
    char **domains;
    size_t ndomains;
    struct net *nets;
    size_t nnets;
    struct action_set actions;
    struct action_ovr *mbox_ovr, *dom_ovr;
    size_t nmbox_ovr, ndom_ovr;
    char *routes[MM_CAT_COUNT];
    struct route_ovr *route_ovr;
    size_t nroute_ovr;
    struct esc_rule *esc;
    size_t nesc;
    char **rota_names;
    mm_rota **rotas;
    size_t nrotas;
    mm_classifier *cls;
};

static const char *const cat_names[MM_CAT_COUNT] = {
    "appointment", "prescription", "billing", "clinical_urgent", "followup", "other"};
static const char *const act_names[] = {"keep", "mask", "tokenize", "redact"};
static const char *const dir_names[NDIR] = {"inbound", "outbound", "internal"};

const char *mm_category_name(mm_category c)
{
    return (unsigned)c < MM_CAT_COUNT ? cat_names[c] : "other";
}

const char *mm_action_name(mm_action a)
{
    return (unsigned)a <= MM_ACT_REDACT ? act_names[a] : "redact";
}

const char *mm_direction_name(mm_direction d)
{
    return (unsigned)d < NDIR ? dir_names[d] : "inbound";
}

static int name_index(const char *const *names, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0)
            return i;
    return -1;
}

int mm_category_from_name(const char *name)
{
    return name_index(cat_names, MM_CAT_COUNT, name);
}

int mm_action_from_name(const char *name)
{
    return name_index(act_names, 4, name);
}

/* --- helpers --------------------------------------------------------- */

static void lower(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s + 32);
}

/* Strip an SMTP path's angle brackets: "<a@b>" compares as "a@b". */
static size_t addr_core(const char *addr, const char **start)
{
    size_t n = strlen(addr);
    if (n >= 2 && addr[0] == '<' && addr[n - 1] == '>') {
        *start = addr + 1;
        return n - 2;
    }
    *start = addr;
    return n;
}

static int addr_eq(const char *rcpt, const char *mailbox)
{
    const char *s;
    size_t n = addr_core(rcpt, &s);
    return strlen(mailbox) == n && strncasecmp(s, mailbox, n) == 0;
}

/* Domain d (length n) equals pattern or is a subdomain of it. */
static int domain_match(const char *d, size_t n, const char *pattern)
{
    size_t pn = strlen(pattern);
    if (n == pn)
        return strncasecmp(d, pattern, n) == 0;
    return n > pn && d[n - pn - 1] == '.' && strncasecmp(d + n - pn, pattern, pn) == 0;
}

static void rcpt_domain(const char *rcpt, const char **d, size_t *n)
{
    const char *s;
    size_t len = addr_core(rcpt, &s);
    const char *at = memrchr(s, '@', len);
    *d = at ? at + 1 : s;
    *n = at ? len - (size_t)(at + 1 - s) : len;
}

/* --- validation of sections ------------------------------------------ */

static int parse_action(mm_jv *v, const json_t *j, signed char *out)
{
    int a = json_is_string(j) ? mm_action_from_name(json_string_value(j)) : -1;
    if (a < 0) {
        mm_jv_error(v, 0, "expected an action: keep, mask, tokenize or redact");
        return MM_EPOLICY;
    }
    *out = (signed char)a;
    return MM_OK;
}

/* {"inbound": A, "outbound": A, "internal": A}; all three when full. */
static void parse_dir_actions(mm_jv *v, const json_t *obj, signed char out[NDIR], int full)
{
    static const char *const keys[] = {"inbound", "outbound", "internal", NULL};
    if (!json_is_object(obj)) {
        mm_jv_error(v, 0, "expected an object with inbound, outbound and/or internal actions");
        return;
    }
    mm_jv_keys(v, obj, keys);
    for (int d = 0; d < NDIR; d++) {
        json_t *j = json_object_get(obj, dir_names[d]);
        if (j == NULL) {
            if (full)
                mm_jv_error(v, 0, "missing required key \"%s\"", dir_names[d]);
            continue;
        }
        mm_jv_key(v, dir_names[d]);
        (void)parse_action(v, j, &out[d]);
        mm_jv_pop(v);
    }
}

/* {"default": {...}, "types": {"ssn": {...}}} */
static void parse_action_set(mm_jv *v, const json_t *obj, struct action_set *as, int full)
{
    static const char *const keys[] = {"default", "types", NULL};
    memset(as, ACT_UNSET, sizeof *as);
    mm_jv_keys(v, obj, keys);
    json_t *def = mm_jv_get(v, obj, "default", MM_JV_OBJECT, full);
    if (def) {
        mm_jv_key(v, "default");
        parse_dir_actions(v, def, as->def, full);
        mm_jv_pop(v);
    }
    json_t *types = mm_jv_get(v, obj, "types", MM_JV_OBJECT, 0);
    if (types == NULL)
        return;
    mm_jv_key(v, "types");
    const char *key;
    json_t *val;
    json_object_foreach(types, key, val) {
        int t = mm_phi_from_name(key, strlen(key));
        mm_jv_key(v, key);
        if (t < 0 || strcmp(key, mm_phi_name((mm_phi_type)t)) != 0) {
            char list[300];
            size_t n = 0;
            for (int i = 0; i < MM_PHI_COUNT; i++)
                n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", i ? ", " : "",
                                      mm_phi_name((mm_phi_type)i));
            mm_jv_error(v, 1, "unknown PHI type; expected one of: %s", list);
        } else {
            parse_dir_actions(v, val, as->type[t], 0);
        }
        mm_jv_pop(v);
    }
    mm_jv_pop(v);
}

static int parse_overrides(mm_jv *v, const json_t *actions, const char *key, int mailbox,
                           struct action_ovr **out, size_t *nout)
{
    json_t *obj = mm_jv_get(v, actions, key, MM_JV_OBJECT, 0);
    if (obj == NULL)
        return MM_OK;
    size_t n = json_object_size(obj), i = 0;
    struct action_ovr *ov = calloc(n ? n : 1, sizeof *ov);
    if (ov == NULL)
        return MM_ENOMEM;
    *out = ov;
    mm_jv_key(v, key);
    const char *name;
    json_t *val;
    json_object_foreach(obj, name, val) {
        mm_jv_key(v, name);
        if (mailbox ? !mm_jv_is_address(name) : !mm_jv_is_domain(name))
            mm_jv_error(v, 1, "expected %s as the key", mailbox ? "a mail address" : "a domain");
        if (!json_is_object(val)) {
            mm_jv_error(v, 0, "expected an object with \"default\" and/or \"types\"");
        } else {
            if ((ov[i].name = strdup(name)) == NULL) {
                mm_jv_pop(v);
                mm_jv_pop(v);
                return MM_ENOMEM;
            }
            lower(ov[i].name);
            parse_action_set(v, val, &ov[i].acts, 0);
            i++;
            *nout = i;
        }
        mm_jv_pop(v);
    }
    mm_jv_pop(v);
    return MM_OK;
}

static int parse_actions(mm_jv *v, mm_policy *p, const json_t *root)
{
    static const char *const keys[] = {"default", "types", "domains", "mailboxes", "comment",
                                       NULL};
    json_t *a = mm_jv_get(v, root, "actions", MM_JV_OBJECT, 1);
    if (a == NULL)
        return MM_OK;
    mm_jv_key(v, "actions");
    mm_jv_keys(v, a, keys);
    /* the top level is an action set plus the override maps */
    json_t *set = json_object();
    if (set == NULL)
        return MM_ENOMEM;
    if (json_object_get(a, "default"))
        json_object_set(set, "default", json_object_get(a, "default"));
    if (json_object_get(a, "types"))
        json_object_set(set, "types", json_object_get(a, "types"));
    /* errors from the copy resolve positions in the real text by path */
    parse_action_set(v, set, &p->actions, 1);
    json_decref(set);
    int rc = parse_overrides(v, a, "domains", 0, &p->dom_ovr, &p->ndom_ovr);
    if (rc == MM_OK)
        rc = parse_overrides(v, a, "mailboxes", 1, &p->mbox_ovr, &p->nmbox_ovr);
    mm_jv_pop(v);
    return rc;
}

static int is_route(const char *s)
{
    if (*s == '\0' || strlen(s) > 64)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              strchr("._-/+", *s)))
            return 0;
    return 1;
}

/* {category: route}; every category when full. */
static int parse_route_map(mm_jv *v, const json_t *obj, char *out[MM_CAT_COUNT], int full)
{
    const char *key;
    json_t *val;
    json_object_foreach((json_t *)obj, key, val) {
        int c = mm_category_from_name(key);
        mm_jv_key(v, key);
        if (c < 0)
            mm_jv_error(v, 1, "unknown category; expected one of: appointment, prescription, "
                              "billing, clinical_urgent, followup, other");
        else if (!json_is_string(val) || !is_route(json_string_value(val)))
            mm_jv_error(v, 0, "expected a route name (letters, digits, . _ - / +; at most 64)");
        else if ((out[c] = strdup(json_string_value(val))) == NULL) {
            mm_jv_pop(v);
            return MM_ENOMEM;
        }
        mm_jv_pop(v);
    }
    if (full)
        for (int c = 0; c < MM_CAT_COUNT; c++)
            if (out[c] == NULL && json_object_get(obj, cat_names[c]) == NULL)
                mm_jv_error(v, 0, "missing required key \"%s\" (every category needs a route)",
                            cat_names[c]);
    return MM_OK;
}

static int parse_routes(mm_jv *v, mm_policy *p, const json_t *root)
{
    static const char *const keys[] = {"categories", "mailboxes", "comment", NULL};
    json_t *r = mm_jv_get(v, root, "routes", MM_JV_OBJECT, 1);
    if (r == NULL)
        return MM_OK;
    int rc = MM_OK;
    mm_jv_key(v, "routes");
    mm_jv_keys(v, r, keys);
    json_t *cats = mm_jv_get(v, r, "categories", MM_JV_OBJECT, 1);
    if (cats) {
        mm_jv_key(v, "categories");
        rc = parse_route_map(v, cats, p->routes, 1);
        mm_jv_pop(v);
    }
    json_t *mb = mm_jv_get(v, r, "mailboxes", MM_JV_OBJECT, 0);
    if (mb && rc == MM_OK) {
        size_t n = json_object_size(mb);
        if ((p->route_ovr = calloc(n ? n : 1, sizeof *p->route_ovr)) == NULL)
            rc = MM_ENOMEM;
        mm_jv_key(v, "mailboxes");
        const char *name;
        json_t *val;
        json_object_foreach(mb, name, val) {
            if (rc != MM_OK)
                break;
            mm_jv_key(v, name);
            if (!mm_jv_is_address(name))
                mm_jv_error(v, 1, "expected a mail address as the key");
            if (!json_is_object(val)) {
                mm_jv_error(v, 0, "expected an object mapping categories to routes");
            } else {
                struct route_ovr *ro = &p->route_ovr[p->nroute_ovr++];
                if ((ro->mailbox = strdup(name)) == NULL)
                    rc = MM_ENOMEM;
                else
                    rc = parse_route_map(v, val, ro->route, 0);
            }
            mm_jv_pop(v);
        }
        mm_jv_pop(v);
    }
    mm_jv_pop(v);
    return rc;
}

static int parse_rotas(mm_jv *v, mm_policy *p, const json_t *root)
{
    json_t *r = mm_jv_get(v, root, "rotas", MM_JV_OBJECT, 0);
    if (r == NULL)
        return MM_OK;
    size_t n = json_object_size(r);
    p->rota_names = calloc(n ? n : 1, sizeof *p->rota_names);
    p->rotas = calloc(n ? n : 1, sizeof *p->rotas);
    if (p->rota_names == NULL || p->rotas == NULL)
        return MM_ENOMEM;
    mm_jv_key(v, "rotas");
    const char *name;
    json_t *val;
    int rc = MM_OK;
    json_object_foreach(r, name, val) {
        mm_jv_key(v, name);
        mm_rota *rota = NULL;
        rc = mm_rota_compile(v, val, &rota);
        mm_jv_pop(v);
        if (rc == MM_ENOMEM)
            break;
        rc = MM_OK;
        if (rota) {
            if ((p->rota_names[p->nrotas] = strdup(name)) == NULL) {
                mm_rota_free(rota);
                rc = MM_ENOMEM;
                break;
            }
            p->rotas[p->nrotas++] = rota;
        }
    }
    mm_jv_pop(v);
    return rc;
}

static int is_mailbox_pattern(const char *s)
{
    return strcmp(s, "*") == 0 || (s[0] == '@' && mm_jv_is_domain(s + 1)) || mm_jv_is_address(s);
}

static void parse_dedupe(mm_jv *v, const json_t *obj, unsigned *out)
{
    json_t *d = mm_jv_get(v, obj, "dedupe_seconds", MM_JV_INTEGER, 0);
    if (d == NULL)
        return;
    if (json_integer_value(d) < 0 || json_integer_value(d) > 7 * 86400) {
        mm_jv_key(v, "dedupe_seconds");
        mm_jv_error(v, 0, "expected an integer between 0 and 604800 (seconds)");
        mm_jv_pop(v);
    } else {
        *out = (unsigned)json_integer_value(d);
    }
}

static int parse_escalation(mm_jv *v, mm_policy *p, const json_t *root)
{
    static const char *const keys[] = {"dedupe_seconds", "rules", "comment", NULL};
    static const char *const rule_keys[] = {"id",   "categories", "priority", "mailboxes",
                                            "rota", "to",         "dedupe_seconds", "comment",
                                            NULL};
    json_t *e = mm_jv_get(v, root, "escalation", MM_JV_OBJECT, 0);
    if (e == NULL)
        return MM_OK;
    mm_jv_key(v, "escalation");
    mm_jv_keys(v, e, keys);
    unsigned dedupe = 3600;
    parse_dedupe(v, e, &dedupe);
    json_t *rules = mm_jv_get(v, e, "rules", MM_JV_ARRAY, 1);
    size_t n = rules ? json_array_size(rules) : 0;
    if ((p->esc = calloc(n ? n : 1, sizeof *p->esc)) == NULL)
        return MM_ENOMEM;
    if (rules)
        mm_jv_key(v, "rules");
    for (size_t i = 0; i < n; i++) {
        json_t *r = json_array_get(rules, i);
        struct esc_rule *er = &p->esc[p->nesc];
        mm_jv_idx(v, i);
        if (!json_is_object(r)) {
            mm_jv_error(v, 0, "expected an object (an escalation rule)");
            mm_jv_pop(v);
            continue;
        }
        p->nesc++;
        er->dedupe = dedupe;
        er->urgent_only = 1;
        mm_jv_keys(v, r, rule_keys);
        json_t *id = mm_jv_get(v, r, "id", MM_JV_STRING, 1);
        if (id && (er->id = strdup(json_string_value(id))) == NULL)
            return MM_ENOMEM;
        for (size_t j = 0; id && j < i; j++)
            if (p->esc[j].id && strcmp(p->esc[j].id, er->id) == 0) {
                mm_jv_key(v, "id");
                mm_jv_error(v, 0, "expected a unique rule id (\"%s\" is used twice)", er->id);
                mm_jv_pop(v);
            }
        char **cats;
        size_t ncats;
        int rc = mm_jv_strings(v, r, "categories", 0, 1, NULL, "a category", &cats, &ncats);
        if (rc == MM_ENOMEM)
            return rc;
        if (rc == MM_ENOTFOUND)
            er->cats = 1u << MM_CAT_CLINICAL_URGENT;
        mm_jv_key(v, "categories");
        for (size_t j = 0; rc == MM_OK && j < ncats; j++) {
            int c = mm_category_from_name(cats[j]);
            if (c < 0) {
                mm_jv_idx(v, j);
                mm_jv_error(v, 0, "expected a category: appointment, prescription, billing, "
                                  "clinical_urgent, followup or other");
                mm_jv_pop(v);
            } else {
                er->cats |= 1u << c;
            }
        }
        mm_jv_pop(v);
        mm_strv_free(cats, ncats);
        json_t *prio = mm_jv_get(v, r, "priority", MM_JV_STRING, 0);
        if (prio) {
            const char *s = json_string_value(prio);
            if (strcmp(s, "any") == 0)
                er->urgent_only = 0;
            else if (strcmp(s, "urgent") != 0) {
                mm_jv_key(v, "priority");
                mm_jv_error(v, 0, "expected \"urgent\" or \"any\"");
                mm_jv_pop(v);
            }
        }
        rc = mm_jv_strings(v, r, "mailboxes", 0, 1, is_mailbox_pattern,
                           "a mail address, \"@domain\" or \"*\"", &er->mailboxes,
                           &er->nmailboxes);
        if (rc == MM_ENOMEM)
            return rc;
        json_t *rota = mm_jv_get(v, r, "rota", MM_JV_STRING, 0);
        rc = mm_jv_strings(v, r, "to", 0, 1, mm_jv_is_address, "a mail address", &er->to,
                           &er->nto);
        if (rc == MM_ENOMEM)
            return rc;
        if (rota) {
            int k = -1;
            for (size_t j = 0; j < p->nrotas; j++)
                if (strcmp(p->rota_names[j], json_string_value(rota)) == 0)
                    k = (int)j;
            if (k >= 0)
                er->rota = p->rotas[k];
            else if (json_object_get(json_object_get(root, "rotas"), json_string_value(rota)) ==
                     NULL) {
                mm_jv_key(v, "rota");
                mm_jv_error(v, 0, "expected the name of a rota defined in $.rotas");
                mm_jv_pop(v);
            }
        }
        if ((rota != NULL) == (json_object_get(r, "to") != NULL))
            mm_jv_error(v, 0, "expected exactly one of \"rota\" or \"to\"");
        parse_dedupe(v, r, &er->dedupe);
        mm_jv_pop(v);
    }
    if (rules)
        mm_jv_pop(v);
    mm_jv_pop(v);
    return MM_OK;
}

static int parse_cidr(const char *s, struct net *n)
{
    char buf[64];
    const char *slash = strchr(s, '/');
    size_t len = slash ? (size_t)(slash - s) : strlen(s);
    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    memset(n, 0, sizeof *n);
    if (inet_pton(AF_INET, buf, n->addr) == 1)
        n->family = AF_INET;
    else if (inet_pton(AF_INET6, buf, n->addr) == 1)
        n->family = AF_INET6;
    else
        return 0;
    int max = n->family == AF_INET ? 32 : 128;
    n->prefix = max;
    if (slash) {
        char *end;
        long pl = strtol(slash + 1, &end, 10);
        if (slash[1] < '0' || slash[1] > '9' || *end != '\0' || pl < 0 || pl > max)
            return 0;
        n->prefix = (int)pl;
    }
    return 1;
}

static int is_cidr(const char *s)
{
    struct net n;
    return parse_cidr(s, &n);
}

static int parse_networks(mm_jv *v, mm_policy *p, const json_t *root)
{
    char **sv;
    size_t n;
    int rc = mm_jv_strings(v, root, "internal_networks", 0, 0, is_cidr,
                           "an IPv4 or IPv6 network in CIDR notation, e.g. 10.0.0.0/8", &sv, &n);
    if (rc != MM_OK)
        return rc == MM_ENOMEM ? rc : MM_OK;
    if ((p->nets = calloc(n ? n : 1, sizeof *p->nets)) == NULL) {
        mm_strv_free(sv, n);
        return MM_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        (void)parse_cidr(sv[i], &p->nets[i]);
    p->nnets = n;
    mm_strv_free(sv, n);
    return MM_OK;
}

static void policy_dir(const char *filename, char *dir, size_t size)
{
    const char *slash = filename ? strrchr(filename, '/') : NULL;
    if (slash == NULL)
        snprintf(dir, size, ".");
    else if (slash == filename)
        snprintf(dir, size, "/");
    else
        snprintf(dir, size, "%.*s", (int)(slash - filename), filename);
}

int mm_policy_parse(const char *json, size_t len, const char *filename, mm_policy **out,
                    mm_buf *err)
{
    static const char *const keys[] = {"name",       "description", "mode",
                                       "internal_domains", "internal_networks", "detectors",
                                       "actions",    "classification", "routes",
                                       "escalation", "rotas",       NULL};
    *out = NULL;
    mm_policy *p = calloc(1, sizeof *p);
    if (p == NULL)
        return MM_ENOMEM;
    int rc = MM_ENOMEM;
    if ((p->source = malloc(len + 1)) == NULL)
        goto fail;
    memcpy(p->source, json, len);
    p->source[len] = '\0';
    p->srclen = len;
    memset(&p->actions, ACT_UNSET, sizeof p->actions);

    mm_jv v;
    mm_jv_init(&v, filename, p->source, len, err);
    rc = MM_EPOLICY;
    if ((p->root = mm_jv_parse(&v)) == NULL)
        goto fail;
    if (!json_is_object(p->root)) {
        mm_jv_error(&v, 0, "expected an object (a policy)");
        goto fail;
    }
    const json_t *root = p->root;
    mm_jv_keys(&v, root, keys);
    json_t *name = mm_jv_get(&v, root, "name", MM_JV_STRING, 1);
    if (name && !is_route(json_string_value(name))) {
        mm_jv_key(&v, "name");
        mm_jv_error(&v, 0, "expected a policy name (letters, digits, . _ - / +; at most 64)");
        mm_jv_pop(&v);
    }
    (void)mm_jv_get(&v, root, "description", MM_JV_STRING, 0);
    json_t *mode = mm_jv_get(&v, root, "mode", MM_JV_STRING, 1);
    if (mode) {
        const char *m = json_string_value(mode);
        p->enforce = strcmp(m, "enforce") == 0;
        if (!p->enforce && strcmp(m, "shadow") != 0) {
            mm_jv_key(&v, "mode");
            mm_jv_error(&v, 0, "expected \"enforce\" or \"shadow\"");
            mm_jv_pop(&v);
        }
    }
    rc = mm_jv_strings(&v, root, "internal_domains", 1, 0, mm_jv_is_domain, "a domain name",
                       &p->domains, &p->ndomains);
    if (rc == MM_ENOMEM)
        goto fail;
    for (size_t i = 0; i < p->ndomains; i++)
        lower(p->domains[i]);
    (void)mm_jv_get(&v, root, "detectors", MM_JV_OBJECT, 0);
    crypto_hash_sha256_state hs;
    crypto_hash_sha256_init(&hs);
    crypto_hash_sha256_update(&hs, (const unsigned char *)json, len);
    if ((rc = parse_networks(&v, p, root)) != MM_OK || (rc = parse_actions(&v, p, root)) != MM_OK ||
        (rc = parse_routes(&v, p, root)) != MM_OK || (rc = parse_rotas(&v, p, root)) != MM_OK ||
        (rc = parse_escalation(&v, p, root)) != MM_OK)
        goto fail;
    json_t *cls = mm_jv_get(&v, root, "classification", MM_JV_OBJECT, 1);
    if (cls) {
        char dir[4096];
        policy_dir(filename, dir, sizeof dir);
        mm_jv_key(&v, "classification");
        rc = mm_classifier_compile(&v, cls, dir, &hs, &p->cls);
        mm_jv_pop(&v);
        if (rc == MM_ENOMEM)
            goto fail;
    }
    rc = MM_EPOLICY;
    if (v.nerr > 0)
        goto fail;
    if ((p->name = strdup(json_string_value(name))) == NULL) {
        rc = MM_ENOMEM;
        goto fail;
    }
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&hs, h);
    char hex[2 * sizeof h + 1];
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    snprintf(p->label, sizeof p->label, "%s@%.12s", p->name, hex);
    *out = p;
    return MM_OK;
fail:
    mm_policy_free(p);
    return rc;
}

int mm_policy_load_file(const char *path, mm_policy **out, mm_buf *err)
{
    *out = NULL;
    mm_buf b = MM_BUF_INIT;
    int rc = mm_jv_read_file(path, 16u << 20, &b);
    if (rc == MM_OK)
        rc = mm_policy_parse(b.data ? b.data : "", b.len, path, out, err);
    else if (err && mm_buf_appendf(err, "%s: cannot read: %s\n", path,
                                   rc == MM_EIO ? strerror(errno) : "larger than 16 MiB") != MM_OK)
        rc = MM_ENOMEM;
    mm_buf_free(&b);
    return rc;
}

void mm_policy_free(mm_policy *p)
{
    if (p == NULL)
        return;
    free(p->source);
    json_decref(p->root);
    free(p->name);
    mm_strv_free(p->domains, p->ndomains);
    free(p->nets);
    for (size_t i = 0; i < p->nmbox_ovr; i++)
        free(p->mbox_ovr[i].name);
    free(p->mbox_ovr);
    for (size_t i = 0; i < p->ndom_ovr; i++)
        free(p->dom_ovr[i].name);
    free(p->dom_ovr);
    for (int c = 0; c < MM_CAT_COUNT; c++)
        free(p->routes[c]);
    for (size_t i = 0; i < p->nroute_ovr; i++) {
        free(p->route_ovr[i].mailbox);
        for (int c = 0; c < MM_CAT_COUNT; c++)
            free(p->route_ovr[i].route[c]);
    }
    free(p->route_ovr);
    for (size_t i = 0; i < p->nesc; i++) {
        free(p->esc[i].id);
        mm_strv_free(p->esc[i].mailboxes, p->esc[i].nmailboxes);
        mm_strv_free(p->esc[i].to, p->esc[i].nto);
    }
    free(p->esc);
    for (size_t i = 0; i < p->nrotas; i++) {
        free(p->rota_names[i]);
        mm_rota_free(p->rotas[i]);
    }
    free(p->rota_names);
    free(p->rotas);
    mm_classifier_free(p->cls);
    free(p);
}

/* --- accessors and decisions ----------------------------------------- */

const char *mm_policy_source(const mm_policy *p, size_t *len)
{
    if (len)
        *len = p->srclen;
    return p->source;
}

const char *mm_policy_version_label(const mm_policy *p)
{
    return p->label;
}

const char *mm_policy_name(const mm_policy *p)
{
    return p->name;
}

int mm_policy_enforce(const mm_policy *p)
{
    return p->enforce;
}

const json_t *mm_policy_detectors(const mm_policy *p)
{
    return json_object_get(p->root, "detectors");
}

const struct mm_classifier *mm_policy_classifier(const mm_policy *p)
{
    return p->cls;
}

static int domain_internal(const mm_policy *p, const char *d, size_t n)
{
    for (size_t i = 0; i < p->ndomains; i++)
        if (domain_match(d, n, p->domains[i]))
            return 1;
    return 0;
}

int mm_policy_is_internal(const mm_policy *p, const char *addr_or_domain)
{
    const char *d;
    size_t n;
    rcpt_domain(addr_or_domain, &d, &n);
    return domain_internal(p, d, n);
}

int mm_policy_internal_ip(const mm_policy *p, const char *client_ip)
{
    if (client_ip == NULL)
        return 0;
    char buf[64];
    size_t len = strlen(client_ip);
    if (len >= 2 && client_ip[0] == '[' && client_ip[len - 1] == ']')
        client_ip++, len -= 2;
    if (len > 5 && strncasecmp(client_ip, "IPv6:", 5) == 0)
        client_ip += 5, len -= 5;
    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, client_ip, len);
    buf[len] = '\0';
    unsigned char a[16];
    int fam;
    if (inet_pton(AF_INET, buf, a) == 1)
        fam = AF_INET;
    else if (inet_pton(AF_INET6, buf, a) == 1) {
        static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        fam = AF_INET6;
        if (memcmp(a, mapped, 12) == 0) {
            memmove(a, a + 12, 4);
            fam = AF_INET;
        }
    } else
        return 0;
    for (size_t i = 0; i < p->nnets; i++) {
        const struct net *nt = &p->nets[i];
        if (nt->family != fam)
            continue;
        int full = nt->prefix / 8, rest = nt->prefix % 8;
        if (memcmp(a, nt->addr, (size_t)full) != 0)
            continue;
        if (rest == 0 || ((a[full] ^ nt->addr[full]) & (0xff << (8 - rest)) & 0xff) == 0)
            return 1;
    }
    return 0;
}

mm_direction mm_policy_direction(const mm_policy *p, const char *client_ip, int authenticated,
                                 const char *const *rcpts, size_t n)
{
    if (!authenticated && !mm_policy_internal_ip(p, client_ip))
        return MM_DIR_INBOUND;
    for (size_t i = 0; i < n; i++)
        if (!mm_policy_is_internal(p, rcpts[i]))
            return MM_DIR_OUTBOUND;
    return MM_DIR_INTERNAL;
}

static int set_action(const struct action_set *as, mm_phi_type t, mm_direction d)
{
    if (as->type[t][d] != ACT_UNSET)
        return as->type[t][d];
    return as->def[d];
}

static int rcpt_action(const mm_policy *p, mm_phi_type t, mm_direction d, const char *rcpt)
{
    for (size_t i = 0; i < p->nmbox_ovr; i++)
        if (addr_eq(rcpt, p->mbox_ovr[i].name)) {
            int a = set_action(&p->mbox_ovr[i].acts, t, d);
            if (a != ACT_UNSET)
                return a;
            break;
        }
    const char *dom;
    size_t dn;
    rcpt_domain(rcpt, &dom, &dn);
    const struct action_ovr *best = NULL;
    for (size_t i = 0; i < p->ndom_ovr; i++)
        if (domain_match(dom, dn, p->dom_ovr[i].name) &&
            (best == NULL || strlen(p->dom_ovr[i].name) > strlen(best->name)))
            best = &p->dom_ovr[i];
    if (best) {
        int a = set_action(&best->acts, t, d);
        if (a != ACT_UNSET)
            return a;
    }
    return set_action(&p->actions, t, d);
}

mm_action mm_policy_action(const mm_policy *p, mm_phi_type type, mm_direction dir,
                           const char *const *rcpts, size_t n)
{
    if ((unsigned)type >= MM_PHI_COUNT || (unsigned)dir >= NDIR)
        return MM_ACT_REDACT;
    int best = n == 0 ? set_action(&p->actions, type, dir) : ACT_UNSET;
    for (size_t i = 0; i < n; i++) {
        int a = rcpt_action(p, type, dir, rcpts[i]);
        if (a > best)
            best = a;
    }
    return best == ACT_UNSET ? MM_ACT_REDACT : (mm_action)best;
}

const char *mm_policy_route(const mm_policy *p, mm_category cat, const char *const *rcpts,
                            size_t n)
{
    if ((unsigned)cat >= MM_CAT_COUNT)
        cat = MM_CAT_OTHER;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < p->nroute_ovr; j++)
            if (p->route_ovr[j].route[cat] && addr_eq(rcpts[i], p->route_ovr[j].mailbox))
                return p->route_ovr[j].route[cat];
    return p->routes[cat];
}

static int rule_mailbox_match(const struct esc_rule *r, const char *const *rcpts, size_t n)
{
    if (r->nmailboxes == 0)
        return 1;
    for (size_t i = 0; i < r->nmailboxes; i++) {
        const char *m = r->mailboxes[i];
        for (size_t j = 0; j < n; j++) {
            if (strcmp(m, "*") == 0)
                return 1;
            if (m[0] == '@') {
                const char *d;
                size_t dn;
                rcpt_domain(rcpts[j], &d, &dn);
                if (domain_match(d, dn, m + 1))
                    return 1;
            } else if (addr_eq(rcpts[j], m))
                return 1;
        }
    }
    return 0;
}

void mm_policy_addrs_free(char **addrs, size_t n)
{
    mm_strv_free(addrs, n);
}

int mm_policy_escalation(const mm_policy *p, mm_category cat, int urgent,
                         const char *const *rcpts, size_t n, time_t now, const char **rule_id,
                         char ***addrs, size_t *naddrs, unsigned *dedupe_seconds)
{
    *rule_id = NULL;
    *addrs = NULL;
    *naddrs = 0;
    *dedupe_seconds = 0;
    if ((unsigned)cat >= MM_CAT_COUNT)
        return MM_EINVAL;
    for (size_t i = 0; i < p->nesc; i++) {
        const struct esc_rule *r = &p->esc[i];
        if (!(r->cats & (1u << cat)) || (r->urgent_only && !urgent) ||
            !rule_mailbox_match(r, rcpts, n))
            continue;
        const char *found[64];
        size_t nf = 0;
        if (r->rota) {
            int rc = mm_rota_oncall(r->rota, now, found, 64, &nf);
            if (rc != MM_OK)
                return rc;
        } else {
            for (size_t j = 0; j < r->nto && nf < 64; j++)
                found[nf++] = r->to[j];
        }
        if (nf == 0)
            continue;
        char **out = calloc(nf, sizeof *out);
        if (out == NULL)
            return MM_ENOMEM;
        for (size_t j = 0; j < nf; j++)
            if ((out[j] = strdup(found[j])) == NULL) {
                mm_strv_free(out, j);
                return MM_ENOMEM;
            }
        *rule_id = r->id;
        *addrs = out;
        *naddrs = nf;
        *dedupe_seconds = r->dedupe;
        return 1;
    }
    return 0;
}
