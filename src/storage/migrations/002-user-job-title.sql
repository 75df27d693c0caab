-- The position a user holds ("Giám đốc", "Phó Giám đốc"): an issued report's signature block prints it, and a
-- deputy signs "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC" (Decree 30/2020/NĐ-CP, Appendix I).
alter table users add column if not exists job_title text check (job_title is null or length(job_title) between 1 and 100);
