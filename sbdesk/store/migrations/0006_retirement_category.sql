-- sbdesk schema 6: the retirement category a woman's statutory age depends on
-- (渐进式延迟退休: 女职工 old age 50, 女干部/管理技术岗 old age 55). NULL = not asked yet;
-- men follow one schedule, so theirs stays NULL.
ALTER TABLE people ADD COLUMN retirement_category TEXT
    CHECK (retirement_category IS NULL OR retirement_category IN ('worker', 'cadre'));
