-- Indexes for the Insights screen's charts (electron/core/services/insights/chartsSql.ts).
-- The role matrix, the rescue scatter, the calibration and the crutch-call list read single calls
-- from call_metrics (0002) by day, with or without a rep: these covering indexes answer them
-- without visiting the table (a WITHOUT ROWID table's index also carries call_id).
CREATE INDEX call_metrics_by_date ON call_metrics (call_date, actual_role, planned_role, sidewalk, deal_value, rep_id);
CREATE INDEX call_metrics_by_rep_date ON call_metrics (rep_id, call_date, actual_role, planned_role, sidewalk, deal_value);

-- The calibration joins the predicted takeover chance by call id; the pre-brief rows are wide
-- (notes), so the chance gets a narrow index of its own.
CREATE INDEX prebriefs_takeover_risk ON prebriefs (call_id, takeover_risk);
