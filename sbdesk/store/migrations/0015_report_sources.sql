-- sbdesk schema 15: a cross-province report names its sources in words a clerk can judge
-- (publisher, kind official / state_media / other, title, date, credibility), as a JSON list
-- beside the address. '' is a report from before this schema or an office import without
-- them: its sources are derived from the addresses (the host as publisher, kind other).
-- (15, not 14: schema 14 is the database identity of another branch of work.)

ALTER TABLE region_batches ADD COLUMN sources TEXT NOT NULL DEFAULT '';

-- Reports the shipped catalogue no longer carries: the seed's list dated 2025-09-19 (the first
-- batch opened on 2024-12-02; the list was only republished then), three reports of AI-written
-- sites (low credibility: kept in regions.json for the record, opening nothing) and one that a
-- report of an earlier date replaced. A region pointing at one of them is cleared here so that
-- the merge of the new catalogue, right after this step, gives it the shipped report again;
-- the address must match, so an office's own report of the same id is left alone.
UPDATE regions SET batch = NULL WHERE batch IN (SELECT id FROM region_batches WHERE
    (id = '2025-09-19-seed31' AND source = 'https://m.shebao.southmoney.com/shebaoka/202509/1946590.html')
 OR (id = '2025-02-28-0c5da1' AND source = 'http://kaowaiyu.cn/health/news/13926691.html')
 OR (id = '2025-06-27-9d62b1' AND source = 'http://www.meicimeiju.cn/health/news/14003723.html')
 OR (id = '2025-08-31-a567f9' AND source = 'http://www.meicimeiju.cn/health/news/14209476.html')
 OR (id = '2024-12-20-14d825' AND source = 'http://www.drugnet.com.cn/news/detail/226104'));
DELETE FROM region_batches WHERE
    (id = '2025-09-19-seed31' AND source = 'https://m.shebao.southmoney.com/shebaoka/202509/1946590.html')
 OR (id = '2025-02-28-0c5da1' AND source = 'http://kaowaiyu.cn/health/news/13926691.html')
 OR (id = '2025-06-27-9d62b1' AND source = 'http://www.meicimeiju.cn/health/news/14003723.html')
 OR (id = '2025-08-31-a567f9' AND source = 'http://www.meicimeiju.cn/health/news/14209476.html')
 OR (id = '2024-12-20-14d825' AND source = 'http://www.drugnet.com.cn/news/detail/226104');
