/* test-suggestion.c — the handling of a suggestion: states in order, steps
 * back with a reason, what 答复 and 反馈 need, what is overdue
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "core/demo/tx-demo.h"
#include "core/model/tx-meeting-query.h"
#include "core/db/tx-store.h"
#include "core/model/tx-suggestion.h"
#include "tx-test-util.h"

static void
assert_refused (TxSuggestion *s,
                const char   *state,
                const char   *note)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = g_strdup (tx_suggestion_get_state (s));
  guint steps = tx_suggestion_get_history (s)->len;

  g_assert_false (tx_suggestion_advance (s, state, "2026-03-02", note, "王建国", &error));
  g_assert_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID);
  g_assert_cmpstr (tx_suggestion_get_state (s), ==, before);
  g_assert_cmpuint (tx_suggestion_get_history (s)->len, ==, steps);
}

static void
advance (TxSuggestion *s,
         const char   *state)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tx_suggestion_advance (s, state, "2026-03-02", NULL, "王建国", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tx_suggestion_get_state (s), ==, state);
}

static TxSuggestion *
registered (void)
{
  TxSuggestion *s = tx_suggestion_new ();

  tx_suggestion_set_title (s, "关于加装电梯的建议");
  tx_suggestion_register (s, "2026-03-01", "王建国");
  return s;
}

/* 登记 → 受理 → 转办/交办 → 答复 → 反馈 → 办结, one step at a time. */
static void
test_forward_only (void)
{
  g_autoptr(TxSuggestion) s = registered ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) at_end = NULL;

  assert_refused (s, "03", NULL);          /* a skip */
  assert_refused (s, "09", NULL);
  advance (s, "02");
  assert_refused (s, "01", NULL);          /* back is not forward */
  assert_refused (s, "05", NULL);
  advance (s, "03");
  assert_refused (s, "10", "不属于职责范围");  /* too late to refuse */
  assert_refused (s, "05", NULL);          /* 答复 needs the answer … */
  tx_suggestion_set_response (s, "已纳入年度计划");
  assert_refused (s, "05", NULL);          /* … and its date */
  tx_suggestion_set_response_date (s, "2026-03-20");
  advance (s, "05");
  assert_refused (s, "09", NULL);          /* 反馈 is not skipped */
  assert_refused (s, "08", NULL);          /* 反馈 needs the feedback */
  tx_suggestion_set_feedback (s, "电话告知建议人");
  advance (s, "08");
  advance (s, "09");
  at_end = tx_suggestion_state_dup_next ("09");
  g_assert_cmpuint (g_strv_length (at_end), ==, 0);
  g_assert_cmpuint (tx_suggestion_get_history (s)->len, ==, 6);

  /* the record cannot be saved in a state it has not earned either */
  tx_suggestion_set_feedback (s, NULL);
  g_assert_false (tx_record_validate (TX_RECORD (s), &error));
  g_assert_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID);
}

/* 不予受理 ends it early, with a reason. */
static void
test_rejected (void)
{
  g_autoptr(TxSuggestion) s = registered ();
  TxStateChange *last;

  assert_refused (s, "10", NULL);
  assert_refused (s, "10", "  ");
  g_assert_true (tx_suggestion_advance (s, "10", "2026-03-02", "属于司法程序，不予受理", "王建国", NULL));
  last = g_ptr_array_index (tx_suggestion_get_history (s), tx_suggestion_get_history (s)->len - 1);
  g_assert_cmpstr (last->state, ==, "10");
  g_assert_cmpstr (last->note, ==, "属于司法程序，不予受理");
  assert_refused (s, "03", "…");
  g_assert_false (tx_suggestion_state_awaits_response ("10"));
}

/* A step back needs a reason, and stays in the history. */
static void
test_step_back (void)
{
  g_autoptr(TxSuggestion) s = registered ();
  g_autoptr(GError) error = NULL;
  GPtrArray *history;
  TxStateChange *last;

  advance (s, "02");
  advance (s, "03");
  g_assert_false (tx_suggestion_step_back (s, "2026-03-05", "", "李秀英", &error));
  g_assert_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (tx_suggestion_get_state (s), ==, "03");

  g_assert_true (tx_suggestion_step_back (s, "2026-03-05", "承办单位退回，需重新交办", "李秀英", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tx_suggestion_get_state (s), ==, "02");
  history = tx_suggestion_get_history (s);
  g_assert_cmpuint (history->len, ==, 4);
  last = g_ptr_array_index (history, 3);
  g_assert_cmpstr (last->state, ==, "02");
  g_assert_cmpstr (last->date, ==, "2026-03-05");
  g_assert_cmpstr (last->operator, ==, "李秀英");
  g_assert_nonnull (strstr (last->note, "承办单位退回，需重新交办"));

  /* and forward again from there */
  advance (s, "03");
  /* nothing before 登记 */
  {
    g_autoptr(TxSuggestion) fresh = registered ();

    g_assert_false (tx_suggestion_step_back (fresh, "2026-03-05", "误点", "李秀英", &error));
    g_assert_error (error, TX_RECORD_ERROR, TX_RECORD_ERROR_INVALID);
  }
}

/* Overdue, computed independently: past the deadline and no 答复 (or 不予
 * 受理) in the history yet.  The demo's suggestions end in every state,
 * with deadlines on both sides of today. */
static gboolean
answered_in_history (TxSuggestion *s)
{
  GPtrArray *history = tx_suggestion_get_history (s);

  for (guint i = 0; i < history->len; i++)
    {
      TxStateChange *step = g_ptr_array_index (history, i);

      if (g_str_equal (step->state, "05") || g_str_equal (step->state, "10"))
        return TRUE;
    }
  return FALSE;
}

/* Counts, over every suggestion of @db: how many are past their deadline
 * and how many of those still wait for an answer. */
static void
count_late (TxDatabase *db,
            guint      *past_deadline,
            guint      *awaiting)
{
  g_autoptr(GError) error = NULL;
  g_auto(TxStatement) stmt = tx_database_prepare (db, "SELECT uuid FROM suggestion", &error);
  int rc;

  *past_deadline = *awaiting = 0;
  while ((rc = tx_database_step_row (db, stmt, &error)) == 1)
    {
      g_autoptr(TxRecord) record = tx_store_load (db, TX_TYPE_SUGGESTION, tx_column_text (stmt, 0), &error);
      TxSuggestion *s = TX_SUGGESTION (record);
      const char *deadline = tx_suggestion_get_deadline (s);
      gboolean late = deadline != NULL && strcmp (deadline, "2026-06-30") < 0;
      gboolean overdue = late && !answered_in_history (s);

      g_assert_no_error (error);
      *past_deadline += late;
      *awaiting += overdue;
      g_assert_cmpint (tx_meeting_suggestion_is_overdue (s, "2026-06-30"), ==, overdue);
    }
  g_assert_cmpint (rc, ==, 0);
}

static void
test_overdue (void)
{
  g_autofree char *dir = tx_test_make_temp_dir ("test-suggestion");
  TxDatabase *db = tx_test_open_database (dir, "demo.db");
  TxDemoOptions options = { 300, 7, NULL };   /* today: 2026-06-30 */
  TxSuggestionFilter filter = { NULL, NULL, TRUE, "2026-06-30" };
  g_autoptr(GError) error = NULL;
  g_autoptr(TxQuery) overdue = tx_meeting_suggestion_query (&filter);
  guint expected, past_deadline;

  g_assert_true (tx_demo_fill (db, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  count_late (db, &past_deadline, &expected);
  g_test_message ("%u past their deadline, %u of them overdue", past_deadline, expected);
  g_assert_cmpint (tx_query_count (overdue, db, &error), ==, expected);
  g_assert_no_error (error);
  /* the demo has both kinds: answered late ones are not overdue */
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (past_deadline, >, expected);
  g_assert_finalize_object (db);
  tx_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/suggestion/forward-only", test_forward_only);
  g_test_add_func ("/suggestion/rejected", test_rejected);
  g_test_add_func ("/suggestion/step-back", test_step_back);
  g_test_add_func ("/suggestion/overdue", test_overdue);
  return g_test_run ();
}
