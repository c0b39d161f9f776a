/* tx-bench-util.h — what the benchmark programs share: the median of
 * several runs and the one line format build-aux/dev bench reads
 *
 *   BENCH<TAB>label<TAB>value<TAB>unit<TAB>target
 *
 * (target: "<=N" in the same unit, or "-" when the figure has none).
 *
 * Copyright 2026 The Tongxin developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <glib.h>

static inline int
tx_bench_compare_doubles (const void *a,
                          const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* the median of @n values (sorts them) */
static inline double
tx_bench_median (double *values,
                 guint   n)
{
  qsort (values, n, sizeof *values, tx_bench_compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* @target <= 0: none */
static inline void
tx_bench_print (const char *label,
                double      value,
                const char *unit,
                double      target)
{
  g_autofree char *bound = target > 0 ? g_strdup_printf ("<=%g", target) : g_strdup ("-");

  printf ("BENCH\t%s\t%.1f\t%s\t%s\n", label, value, unit, bound);
  fflush (stdout);
}

/* CPU time this process used, in ms */
static inline double
tx_bench_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* VmHWM (peak) or VmRSS of this process, in MiB */
static inline double
tx_bench_memory_mib (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return -1;
  return g_ascii_strtod (line + strlen (field) + 1, NULL) / 1024.0;
}
