/*
 * auditjson.c - the audit record payload with Jansson (see auditjson.h).
 * Building a fresh tree per message (objects, hash tables, strings) and
 * freeing it cost more than the rest of the record; here the values are
 * created once per worker and changed in place: integers with
 * json_integer_set, strings with json_string_setn only when they differ,
 * PHI entries from a pool of objects that json_array_clear/append puts in
 * the array. The usual shape (every member present) is one template
 * object; any other shape gets an object built for the message from the
 * same values, in the same order.
 */
#include "auditjson.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "message.h"
#include "policy.h"

/* Members in record order. */
enum {
    M_TYPE,
    M_TIME,
    M_QUEUE_ID,
    M_MESSAGE_ID,
    M_DIRECTION,
    M_CATEGORY,
    M_PRIORITY,
    M_ROUTE,
    M_MODE,
    M_POLICY,
    M_PHI,
    M_PHI_COUNTS,
    M_PHI_UNLISTED,
    M_ESCALATED_TO,
    M_ESC_RULE,
    M_ESC_DEDUPED,
    M_CHANGED,
    M_SCAN,
    M_ELAPSED_US,
    M_COUNT
};

static const char *const member_key[M_COUNT] = {
    "type",         "time",          "queue_id",     "message_id",      "direction",
    "category",     "priority",      "route",        "mode",            "policy",
    "phi",          "phi_counts",    "phi_unlisted", "escalated_to",    "escalation_rule",
    "escalation_deduped", "changed", "scan",         "elapsed_us",
};

#define BIT(m) (1u << (m))
/* The usual shape: everything but the overflow counts. */
#define TEMPLATE_MASK ((BIT(M_COUNT) - 1) & ~(BIT(M_PHI_COUNTS) | BIT(M_PHI_UNLISTED)))

struct phi_entry {
    json_t *obj;                        /* {"type","where","action","token"} */
    json_t *type, *where, *action, *token; /* its values, borrowed */
};

struct mm_auditjson {
    json_t *val[M_COUNT]; /* member values, one reference each (booleans: singletons) */
    json_t *tmpl;         /* TEMPLATE_MASK members, in order */
    void *it_deduped, *it_changed;
    struct phi_entry *pool;
    size_t npool;
    json_t **esc; /* strings for escalated_to */
    size_t nesc;
};

/* Make string J hold S. 0 when Jansson refuses S as json_string(S) would
 * (NULL, not UTF-8, no memory): the caller leaves it out. */
static int str_set(json_t *j, const char *s)
{
    if (s == NULL)
        return 0;
    size_t n = strlen(s);
    if (json_string_length(j) == n && memcmp(json_string_value(j), s, n) == 0)
        return 1;
    /* ASCII is valid UTF-8: skip Jansson's check, the costlier half of
     * setting the usual (ASCII) value. */
    unsigned char high = 0;
    for (size_t i = 0; i < n; i++)
        high |= (unsigned char)s[i];
    if (high < 0x80)
        return json_string_setn_nocheck(j, s, n) == 0;
    return json_string_setn(j, s, n) == 0;
}

/* An object of the members in MASK; NULL without memory. */
static json_t *object_of(const mm_auditjson *a, unsigned mask)
{
    json_t *o = json_object();
    for (int m = 0; m < M_COUNT && o; m++) {
        if ((mask & BIT(m)) && json_object_set(o, member_key[m], a->val[m]) != 0) {
            json_decref(o);
            o = NULL;
        }
    }
    return o;
}

void mm_auditjson_free(mm_auditjson *a)
{
    if (a == NULL)
        return;
    json_decref(a->tmpl);
    for (int m = 0; m < M_COUNT; m++)
        json_decref(a->val[m]);
    for (size_t i = 0; i < a->npool; i++)
        json_decref(a->pool[i].obj);
    for (size_t i = 0; i < a->nesc; i++)
        json_decref(a->esc[i]);
    free(a->pool);
    free(a->esc);
    free(a);
}

int mm_auditjson_new(mm_auditjson **out)
{
    mm_auditjson *a = calloc(1, sizeof *a);
    if (a == NULL)
        return MM_ENOMEM;
    int ok = 1;
    for (int m = 0; m < M_COUNT; m++) {
        switch (m) {
        case M_TIME:
        case M_PHI_UNLISTED:
        case M_ELAPSED_US: a->val[m] = json_integer(0); break;
        case M_PHI:
        case M_ESCALATED_TO: a->val[m] = json_array(); break;
        case M_PHI_COUNTS: a->val[m] = json_object(); break;
        case M_ESC_DEDUPED:
        case M_CHANGED: a->val[m] = json_false(); break;
        default: a->val[m] = json_string(m == M_TYPE ? "message" : ""); break;
        }
        ok = ok && a->val[m] != NULL;
    }
    if (ok)
        a->tmpl = object_of(a, TEMPLATE_MASK);
    if (a->tmpl) {
        a->it_deduped = json_object_iter_at(a->tmpl, member_key[M_ESC_DEDUPED]);
        a->it_changed = json_object_iter_at(a->tmpl, member_key[M_CHANGED]);
    }
    if (a->tmpl == NULL || a->it_deduped == NULL || a->it_changed == NULL) {
        mm_auditjson_free(a);
        return MM_ENOMEM;
    }
    *out = a;
    return MM_OK;
}

/* Pool entry I, created on first use. */
static struct phi_entry *pool_entry(mm_auditjson *a, size_t i)
{
    if (i < a->npool)
        return &a->pool[i];
    struct phi_entry *p = realloc(a->pool, (a->npool + 1) * sizeof *p);
    if (p == NULL)
        return NULL;
    a->pool = p;
    static const char *const keys[4] = {"type", "where", "action", "token"};
    json_t *obj = json_object(), *str[4];
    int ok = obj != NULL;
    for (int k = 0; k < 4; k++) {
        str[k] = json_string("");
        ok = ok && str[k] && json_object_set(obj, keys[k], str[k]) == 0;
    }
    for (int k = 0; k < 4; k++)
        json_decref(str[k]); /* OBJ holds them */
    if (!ok) {
        json_decref(obj);
        return NULL;
    }
    struct phi_entry *e = &p[a->npool];
    *e = (struct phi_entry){obj, str[0], str[1], str[2], str[3]};
    a->npool++;
    return e;
}

/* The listed identifiers; an entry with a string Jansson refuses is left
 * out whole, as json_pack("{s:s,...}") fails for it. */
static int fill_phi(mm_auditjson *a, const mm_result *res, size_t listed)
{
    json_t *arr = a->val[M_PHI];
    size_t used = 0;
    json_array_clear(arr);
    for (size_t i = 0; i < listed; i++) {
        const mm_phi_hit *ph = &res->phi[i];
        struct phi_entry *e = pool_entry(a, used);
        if (e == NULL)
            return MM_ENOMEM;
        if (!str_set(e->type, mm_phi_name(ph->type)) || !str_set(e->where, ph->where) ||
            !str_set(e->action, mm_action_name((mm_action)ph->action)) ||
            !str_set(e->token, ph->token))
            continue;
        if (json_array_append(arr, e->obj) != 0)
            return MM_ENOMEM;
        used++;
    }
    return MM_OK;
}

static int fill_escalated(mm_auditjson *a, const mm_result *res)
{
    json_t *arr = a->val[M_ESCALATED_TO];
    size_t used = 0;
    json_array_clear(arr);
    for (size_t i = 0; i < res->nescalate; i++) {
        if (used == a->nesc) {
            json_t **p = realloc(a->esc, (a->nesc + 1) * sizeof *p);
            if (p == NULL)
                return MM_ENOMEM;
            a->esc = p;
            if ((p[a->nesc] = json_string("")) == NULL)
                return MM_ENOMEM;
            a->nesc++;
        }
        if (!str_set(a->esc[used], res->escalate_to[i]))
            continue;
        if (json_array_append(arr, a->esc[used]) != 0)
            return MM_ENOMEM;
        used++;
    }
    return MM_OK;
}

/* Counts per type of every identifier, for a record that lists only some. */
static int fill_counts(mm_auditjson *a, const mm_result *res, size_t listed)
{
    size_t counts[MM_PHI_COUNT] = {0};
    for (size_t i = 0; i < res->nphi; i++)
        if ((unsigned)res->phi[i].type < MM_PHI_COUNT)
            counts[res->phi[i].type]++;
    json_t *pc = json_object();
    if (pc == NULL)
        return MM_ENOMEM;
    for (int t = 0; t < MM_PHI_COUNT; t++) {
        if (counts[t] && json_object_set_new(pc, mm_phi_name((mm_phi_type)t),
                                             json_integer((json_int_t)counts[t])) != 0) {
            json_decref(pc);
            return MM_ENOMEM;
        }
    }
    json_decref(a->val[M_PHI_COUNTS]);
    a->val[M_PHI_COUNTS] = pc;
    json_integer_set(a->val[M_PHI_UNLISTED], (json_int_t)(res->nphi - listed));
    return MM_OK;
}

/* Jansson's output sink, ~190 pieces a record, most of them one byte:
 * json_dumpb's sink (and its second pass when short) cost 2k more. */
static int dump_cb(const char *p, size_t n, void *arg)
{
    mm_buf *b = arg;
    if (n >= b->cap - b->len && mm_buf_reserve(b, n) != MM_OK)
        return -1;
    if (n == 1)
        b->data[b->len] = *p;
    else
        memcpy(b->data + b->len, p, n);
    b->len += n;
    return 0;
}

static const char *scan_state_name(int state)
{
    return state == MM_SCAN_OK ? "ok" : state == MM_SCAN_PARTIAL ? "partial" : "skipped";
}

int mm_auditjson_build(mm_auditjson *a, const mm_auditjson_in *in, mm_buf *out)
{
    const mm_result *res = in->res;
    json_t **v = a->val;
    unsigned mask = BIT(M_TYPE) | BIT(M_TIME) | BIT(M_PHI) | BIT(M_ESCALATED_TO) |
                    BIT(M_ESC_DEDUPED) | BIT(M_CHANGED) | BIT(M_ELAPSED_US);
#define STR(m, s) (mask |= str_set(v[m], (s)) ? BIT(m) : 0)
    json_integer_set(v[M_TIME], (json_int_t)in->time);
    STR(M_QUEUE_ID, in->queue_id ? in->queue_id : "");
    STR(M_MESSAGE_ID, in->message_id ? in->message_id : "");
    STR(M_DIRECTION, mm_direction_name((mm_direction)res->direction));
    STR(M_CATEGORY, mm_category_name((mm_category)res->category));
    STR(M_PRIORITY, res->urgent ? "urgent" : "normal");
    STR(M_ROUTE, res->route);
    STR(M_MODE, res->shadow ? "shadow" : "enforce");
    STR(M_POLICY, res->policy_version);
    size_t listed = res->nphi < MM_AUDIT_MAX_PHI ? res->nphi : MM_AUDIT_MAX_PHI;
    int rc = fill_phi(a, res, listed);
    if (rc == MM_OK && listed < res->nphi) {
        rc = fill_counts(a, res, listed);
        mask |= BIT(M_PHI_COUNTS) | BIT(M_PHI_UNLISTED);
    }
    if (rc == MM_OK)
        rc = fill_escalated(a, res);
    if (rc != MM_OK)
        return rc;
    STR(M_ESC_RULE, res->esc_rule);
    v[M_ESC_DEDUPED] = json_boolean(in->deduped);
    v[M_CHANGED] = json_boolean(res->changed);
    STR(M_SCAN, scan_state_name(res->scan_state));
    json_integer_set(v[M_ELAPSED_US], (json_int_t)(res->elapsed_ms * 1000));
#undef STR

    json_t *rec;
    if (mask == TEMPLATE_MASK) {
        json_object_iter_set(a->tmpl, a->it_deduped, v[M_ESC_DEDUPED]);
        json_object_iter_set(a->tmpl, a->it_changed, v[M_CHANGED]);
        rec = json_incref(a->tmpl);
    } else if ((rec = object_of(a, mask)) == NULL) {
        return MM_ENOMEM;
    }
    /* One pass straight into OUT, grown as needed. */
    mm_buf_reset(out);
    if (out->cap < 2)
        rc = mm_buf_reserve(out, 4095);
    if (rc == MM_OK && json_dump_callback(rec, dump_cb, out, JSON_COMPACT) != 0)
        rc = MM_ENOMEM;
    json_decref(rec);
    if (rc != MM_OK)
        return rc;
    out->data[out->len] = '\0';
    return MM_OK;
}
