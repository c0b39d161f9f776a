/* tongxin-exchange-bench.c — how long the exchange takes, as a user runs it
 *
 *   build/tests/tongxin-exchange-bench --database BIG.db --cli build/src/tongxin-cli [--runs N]
 *
 * runs the real tongxin-cli as a child process, N times each (3 by
 * default), and prints the median wall-clock time of
 *
 *   - export of the whole database (validated before it is put in place),
 *   - the trial run of importing that file into an empty database,
 *   - the import of that file into an empty database (validated, every
 *     index made, committed),
 *   - the CSV export of the archive (full values), and its import into a
 *     database that holds only the communities,
 *
 * one line each, for build-aux/dev bench to collect:
 *
 *   BENCH<TAB>label<TAB>value<TAB>unit<TAB>target
 *
 * On stderr, beside each figure: the median CPU time (user + system) of the
 * child, the figure to trust on a shared machine, and the load average.
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "core/db/tx-database.h"
#include "core/db/tx-store.h"
#include "core/model/tx-community.h"
#include "core/model/tx-person.h"

typedef struct
{
  double wall;   /* seconds */
  double cpu;    /* user + system of the child, seconds */
} Timing;

static double
seconds (const struct timeval *tv)
{
  return tv->tv_sec + tv->tv_usec / 1e6;
}

/* Runs @argv with stdout and stderr to /dev/null; FALSE when it fails. */
static gboolean
run_child (char   **argv,
           Timing  *timing)
{
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  int status = 0;
  pid_t pid = fork ();

  if (pid < 0)
    return FALSE;
  if (pid == 0)
    {
      if (!freopen ("/dev/null", "w", stdout) || !freopen ("/dev/null", "w", stderr))
        _exit (127);
      execv (argv[0], argv);
      _exit (127);
    }
  if (wait4 (pid, &status, 0, &usage) != pid)
    return FALSE;
  timing->wall = (g_get_monotonic_time () - start) / 1e6;
  timing->cpu = seconds (&usage.ru_utime) + seconds (&usage.ru_stime);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static char *
load_average (void)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("?");
  return g_strndup (text, strcspn (text, " "));
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

/* An empty database of the current schema: made by the core, closed before
 * any child opens it. */
static void
make_empty_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  TxDatabase *db;

  remove_database (path);
  db = tx_database_open (path, &error);
  if (db == NULL)
    g_error ("%s", error->message);
  g_object_unref (db);
}

static gboolean
save_copy (TxRecord  *record,
           gpointer   data,
           GError   **error)
{
  return tx_store_save (data, record, TX_SAVE_KEEP_TIMESTAMPS | TX_SAVE_NEW, error);
}

static const char *source_database;

/* A roster names communities: an empty database but for the communities
 * of the database it came from. */
static void
make_database_with_communities (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) source = tx_database_open (source_database, &error);
  g_autoptr(TxDatabase) db = NULL;

  remove_database (path);
  db = source ? tx_database_open (path, &error) : NULL;
  if (db == NULL ||
      !tx_store_begin (db, &error) ||
      !tx_store_foreach (source, TX_TYPE_COMMUNITY, TRUE, save_copy, db, &error) ||
      !tx_store_commit (db, &error))
    g_error ("%s", error->message);
}

typedef void (*PrepareFunc) (const char *path);

/* @argv is run @runs times, each after @prepare (@prepare_path); prints
 * the BENCH line and the CPU time. */
static void
measure (const char  *label,
         const char  *target,
         char       **argv,
         guint        runs,
         PrepareFunc  prepare,
         const char  *prepare_path)
{
  g_autofree double *walls = g_new0 (double, runs);
  g_autofree double *cpus = g_new0 (double, runs);
  g_autofree char *load_before = load_average ();
  g_autofree char *load_after = NULL;

  for (guint i = 0; i < runs; i++)
    {
      Timing timing;

      if (prepare != NULL)
        prepare (prepare_path);
      if (!run_child (argv, &timing))
        {
          g_autofree char *command = g_strjoinv (" ", argv);

          g_printerr ("tongxin-exchange-bench: \"%s\" failed\n", command);
          exit (1);
        }
      walls[i] = timing.wall;
      cpus[i] = timing.cpu;
    }
  load_after = load_average ();
  g_print ("BENCH\t%s\t%.2f\ts\t%s\n", label, median (walls, runs), target);
  g_printerr ("%s: wall %.2f s, CPU (user+sys) %.2f s, median of %u; load %s -> %s\n",
              label, median (walls, runs), median (cpus, runs), runs, load_before, load_after);
}

static gint64
count_people (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TxDatabase) db = tx_database_open (path, &error);
  gint64 n;

  if (db == NULL)
    g_error ("%s", error->message);
  n = tx_store_count (db, TX_TYPE_PERSON, TRUE, &error);
  if (n < 0)
    g_error ("%s", error->message);
  return n;
}

static char *
size_label (gint64 people)
{
  if (people % 1000 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "k", people / 1000);
  return g_strdup_printf ("%" G_GINT64_FORMAT, people);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *cli = NULL;
  gboolean no_csv = FALSE;
  int runs = 3;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "The database to export (the 100,000-person demo)", "PATH" },
    { "cli", 0, 0, G_OPTION_ARG_FILENAME, &cli, "The tongxin-cli to run (a release build)", "PATH" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each step; the median is printed (default 3)", "N" },
    { "no-csv", 0, 0, G_OPTION_ARG_NONE, &no_csv, "Leave the CSV export and import out", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *xml = NULL, *csv = NULL, *empty = NULL, *target = NULL;
  g_autofree char *size = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || database == NULL || cli == NULL || runs < 1)
    {
      g_printerr ("usage: tongxin-exchange-bench --database PATH --cli PATH [--runs N] [--no-csv]\n");
      return 2;
    }
  if (!g_file_test (database, G_FILE_TEST_IS_REGULAR))
    {
      g_printerr ("tongxin-exchange-bench: there is no database at %s\n", database);
      return 1;
    }
  /* the children read the file in the same locale as a user's */
  g_setenv ("TZ", "UTC", FALSE);
  dir = g_dir_make_tmp ("tongxin-exchange-bench-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  xml = g_build_filename (dir, "export.xml", NULL);
  csv = g_build_filename (dir, "export.csv", NULL);
  empty = g_build_filename (dir, "empty.db", NULL);
  target = g_build_filename (dir, "target.db", NULL);
  size = size_label (count_people (database));

  {
    char *export_argv[] = { cli, "--database", database, "export", xml, NULL };
    char *dry_argv[] = { cli, "--database", empty, "import", "--dry-run", xml, NULL };
    char *import_argv[] = { cli, "--database", target, "import", xml, NULL };
    g_autofree char *export_label = g_strdup_printf ("export %s (validated)", size);
    g_autofree char *dry_label = g_strdup_printf ("import trial run %s", size);
    g_autofree char *import_label = g_strdup_printf ("import %s (validated)", size);

    measure (export_label, "<=1.2", export_argv, runs, NULL, NULL);
    make_empty_database (empty);
    measure (dry_label, "<=1.5", dry_argv, runs, NULL, NULL);
    measure (import_label, "<=2.0", import_argv, runs, remove_database, target);
  }
  if (!no_csv)
    {
      char *export_argv[] = { cli, "--database", database, "export-csv", "--privacy", "full", csv, NULL };
      char *import_argv[] = { cli, "--database", target, "import-csv", csv, NULL };
      g_autofree char *export_label = g_strdup_printf ("CSV export %s", size);
      g_autofree char *import_label = g_strdup_printf ("CSV import %s", size);

      measure (export_label, "-", export_argv, runs, NULL, NULL);
      source_database = database;
      measure (import_label, "-", import_argv, runs, make_database_with_communities, target);
    }

  remove_database (empty);
  remove_database (target);
  g_unlink (xml);
  g_unlink (csv);
  g_rmdir (dir);
  return 0;
}
