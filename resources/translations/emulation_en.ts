<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name />
        <message>
            <source>Đơn vị</source>
            <comment>column</comment>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Số đếm (số nguyên)</source>
            <translation>Count (whole number)</translation>
        </message>
        <message>
            <source>Số tiền (đồng)</source>
            <translation>Amount (đồng)</translation>
        </message>
        <message>
            <source>Số (có thể lẻ)</source>
            <translation>Number (may have decimals)</translation>
        </message>
        <message>
            <source>Chữ</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Chọn một trong danh sách</source>
            <translation>One of a list</translation>
        </message>
        <message>
            <source>Đạt được</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <source>Đánh giá</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Vượt</source>
            <translation>Exceeded</translation>
        </message>
        <message>
            <source>Chỉ tiêu</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Chưa có kết quả</source>
            <translation>No result yet</translation>
        </message>
        <message>
            <source>Giới thiệu</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Chấm điểm, xếp hạng, xếp loại và khen thưởng các đơn vị theo bộ tiêu chí thi đua; in giấy khen và danh sách khen thưởng.</source>
            <translation>Score, rank, grade and reward units by emulation criteria; print certificates and award lists.</translation>
        </message>
        <message>
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Chấm điểm thi đua</source>
            <translation>Emulation scoring</translation>
        </message>
        <message>
            <source>Không mở được cơ sở dữ liệu</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <source>Không mở được cơ sở dữ liệu {target}.</source>
            <translation>Cannot open the database {target}.</translation>
        </message>
        <message>
            <source>mặc định</source>
            <translation>default</translation>
        </message>
        <message>
            <source>… và {count} lỗi khác.</source>
            <translation>… and {count} more faults.</translation>
        </message>
        <message>
            <source>Kỳ chấm điểm đã khóa</source>
            <translation>The period is locked</translation>
        </message>
        <message>
            <source>Kỳ này đã khóa nên không sửa được. Hãy mở khóa trước.</source>
            <translation>This period is locked and cannot be changed. Unlock it first.</translation>
        </message>
        <message>
            <source>Dữ liệu chưa đúng</source>
            <translation>Invalid input</translation>
        </message>
        <message>
            <source>Không thực hiện được; chưa có gì được ghi. Cần sửa:</source>
            <translation>Not done; nothing was written. To correct:</translation>
        </message>
        <message>
            <source>Lỗi không mong muốn</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Đã xảy ra lỗi. Dữ liệu đã lưu trước đó không bị ảnh hưởng.</source>
            <translation>An error occurred. Data saved before is not affected.</translation>
        </message>
        <message>
            <source>Tổng điểm: {total} / {ceiling} (cơ bản {base}, cộng {bonus}, trừ {penalty}).</source>
            <translation>Total: {total} / {ceiling} (base {base}, bonus {bonus}, penalty {penalty}).</translation>
        </message>
        <message>
            <source>Đơn vị tự chấm: {total} điểm.</source>
            <translation>The unit's self-score: {total} points.</translation>
        </message>
        <message>
            <source>Hạng {rank}/{count} trong toàn bộ kỳ</source>
            <translation>Rank {rank}/{count} in the period</translation>
        </message>
        <message>
            <source>; hạng {rank} trong {parent}</source>
            <translation>; rank {rank} in {parent}</translation>
        </message>
        <message>
            <source>; hạng {rank} trong {cluster}</source>
            <translation>; rank {rank} in {cluster}</translation>
        </message>
        <message>
            <source>Chưa đạt mức xếp loại nào.</source>
            <translation>Below every grade.</translation>
        </message>
        <message>
            <source>Xếp loại: {grade} (theo điểm: {by_total}).</source>
            <translation>Grade: {grade} (by total: {by_total}).</translation>
        </message>
        <message>
            <source>Xếp loại: {grade}.</source>
            <translation>Grade: {grade}.</translation>
        </message>
        <message>
            <source>Đã đạt mức điểm của loại cao nhất.</source>
            <translation>The total reaches the best grade.</translation>
        </message>
        <message>
            <source>Cần thêm {gap} điểm để đạt mức {grade} (từ {min} điểm).</source>
            <translation>{gap} more points needed for {grade} (from {min} points).</translation>
        </message>
        <message>
            <source>Không được xét khen thưởng do điều kiện khống chế {code}: {title}.</source>
            <translation>Not eligible for awards because of veto {code}: {title}.</translation>
        </message>
        <message>
            <source>Bị giới hạn ở loại {cap} và không được xét khen thưởng do điều kiện khống chế {code}: {title}.</source>
            <translation>Capped at {cap} and not eligible for awards because of veto {code}: {title}.</translation>
        </message>
        <message>
            <source>Vi phạm điều kiện khống chế {code}: {title} (không xét khen thưởng).</source>
            <translation>Veto {code} holds: {title} (not eligible for awards).</translation>
        </message>
        <message>
            <source>Bị hạ xuống loại {grade} do giới hạn tỷ lệ.</source>
            <translation>Moved down to {grade} by a quota.</translation>
        </message>
        <message>
            <source>Bị hạ xuống loại {grade} do giới hạn tỷ lệ: loại {quota} không quá {share}% số đơn vị đạt {of} trở lên.</source>
            <translation>Moved down to {grade} by a quota: {quota} for at most {share}% of the units graded {of} or better.</translation>
        </message>
        <message>
            <source>Chưa có đủ điểm ở mọi kỳ được tổng hợp.</source>
            <translation>Not scored in every period of the summary.</translation>
        </message>
        <message>
            <source>Chưa chấm đủ: còn {count} tiêu chí chưa có điểm ({codes}).</source>
            <translation>Incomplete: {count} criteria have no score ({codes}).</translation>
        </message>
        <message>
            <source>Tháng</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quý</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Khác</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Thêm</source>
            <comment>audit</comment>
            <translation>Added</translation>
        </message>
        <message>
            <source>Sửa</source>
            <comment>audit</comment>
            <translation>Edited</translation>
        </message>
        <message>
            <source>Chuyển cấp trên</source>
            <comment>audit</comment>
            <translation>Moved</translation>
        </message>
        <message>
            <source>Tạo</source>
            <comment>audit</comment>
            <translation>Created</translation>
        </message>
        <message>
            <source>Khóa</source>
            <comment>audit</comment>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Mở khóa</source>
            <comment>audit</comment>
            <translation>Unlocked</translation>
        </message>
        <message>
            <source>Khen thưởng thủ công</source>
            <comment>audit</comment>
            <translation>Manual award decision</translation>
        </message>
        <message>
            <source>Cài đặt</source>
            <comment>audit</comment>
            <translation>Setting</translation>
        </message>
        <message>
            <source>Nhập</source>
            <comment>audit</comment>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Chấm điểm</source>
            <comment>audit</comment>
            <translation>Scored</translation>
        </message>
        <message>
            <source>Đánh dấu khống chế</source>
            <comment>audit</comment>
            <translation>Veto set</translation>
        </message>
        <message>
            <source>Bỏ khống chế</source>
            <comment>audit</comment>
            <translation>Veto cleared</translation>
        </message>
        <message>
            <source>Xóa</source>
            <comment>audit</comment>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <comment>audit</comment>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Kỳ chấm điểm</source>
            <comment>audit</comment>
            <translation>Period</translation>
        </message>
        <message>
            <source>Bộ tiêu chí</source>
            <comment>audit</comment>
            <translation>Criteria set</translation>
        </message>
        <message>
            <source>Điểm</source>
            <comment>audit</comment>
            <translation>Scores</translation>
        </message>
        <message>
            <source>Khen thưởng</source>
            <comment>audit</comment>
            <translation>Award</translation>
        </message>
        <message>
            <source>Khống chế</source>
            <comment>audit</comment>
            <translation>Veto</translation>
        </message>
        <message>
            <source>mã</source>
            <comment>audit</comment>
            <translation>code</translation>
        </message>
        <message>
            <source>tên</source>
            <comment>audit</comment>
            <translation>name</translation>
        </message>
        <message>
            <source>loại</source>
            <comment>audit</comment>
            <translation>kind</translation>
        </message>
        <message>
            <source>cụm</source>
            <comment>audit</comment>
            <translation>cluster</translation>
        </message>
        <message>
            <source>cấp trên</source>
            <comment>audit</comment>
            <translation>parent</translation>
        </message>
        <message>
            <source>cơ quan ban hành</source>
            <comment>audit</comment>
            <translation>issuing body</translation>
        </message>
        <message>
            <source>cơ quan cấp trên</source>
            <comment>audit</comment>
            <translation>parent body</translation>
        </message>
        <message>
            <source>địa danh</source>
            <comment>audit</comment>
            <translation>place</translation>
        </message>
        <message>
            <source>chức vụ người ký</source>
            <comment>audit</comment>
            <translation>signer's title</translation>
        </message>
        <message>
            <source>họ tên người ký</source>
            <comment>audit</comment>
            <translation>signer's name</translation>
        </message>
        <message>
            <source>lương cơ sở</source>
            <comment>audit</comment>
            <translation>base salary</translation>
        </message>
        <message>
            <source>ngôn ngữ</source>
            <comment>audit</comment>
            <translation>language</translation>
        </message>
        <message>
            <source>biểu trưng</source>
            <comment>audit</comment>
            <translation>logo</translation>
        </message>
        <message>
            <source>ký hiệu quyết định</source>
            <comment>audit</comment>
            <translation>decision code</translation>
        </message>
        <message>
            <source>quyết định</source>
            <comment>audit</comment>
            <translation>decision</translation>
        </message>
        <message>
            <source>tự chấm</source>
            <comment>audit</comment>
            <translation>self</translation>
        </message>
        <message>
            <source>thành viên</source>
            <comment>audit</comment>
            <translation>member</translation>
        </message>
        <message>
            <source>thẩm định</source>
            <comment>audit</comment>
            <translation>official</translation>
        </message>
        <message>
            <source>thêm vào danh sách</source>
            <comment>audit</comment>
            <translation>added to the list</translation>
        </message>
        <message>
            <source>loại khỏi danh sách</source>
            <comment>audit</comment>
            <translation>excluded from the list</translation>
        </message>
        <message>
            <source>có</source>
            <comment>audit</comment>
            <translation>holds</translation>
        </message>
        <message>
            <source>Bộ tiêu chí</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <source>Nhóm</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Chấm điểm</source>
            <translation>Scoring</translation>
        </message>
        <message>
            <source>Có/không</source>
            <translation>Yes/no</translation>
        </message>
        <message>
            <source>Chọn mức</source>
            <translation>Levels</translation>
        </message>
        <message>
            <source>Theo khoảng</source>
            <translation>Bands</translation>
        </message>
        <message>
            <source>Theo tỷ lệ</source>
            <translation>Ratio</translation>
        </message>
        <message>
            <source>Điểm thưởng</source>
            <translation>Bonus points</translation>
        </message>
        <message>
            <source>Điểm trừ</source>
            <translation>Penalty points</translation>
        </message>
        <message>
            <source>Trung bình cộng</source>
            <translation>Mean</translation>
        </message>
        <message>
            <source>Trung vị</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Trung bình bỏ cao nhất, thấp nhất</source>
            <translation>Mean without the highest and lowest</translation>
        </message>
        <message>
            <source>Theo điểm thẩm định</source>
            <translation>Official review score</translation>
        </message>
        <message>
            <source>toàn bộ</source>
            <translation>overall</translation>
        </message>
        <message>
            <source>mỗi đơn vị cấp trên</source>
            <translation>per parent unit</translation>
        </message>
        <message>
            <source>mỗi cụm</source>
            <translation>per cluster</translation>
        </message>
        <message>
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Nội dung</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Điểm tối đa</source>
            <translation>Maximum points</translation>
        </message>
        <message>
            <source>Bước chấm</source>
            <translation>Scoring step</translation>
        </message>
        <message>
            <source>Đơn vị đo</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <source>Mục tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Trừ mỗi lần</source>
            <translation>Deduction per occurrence</translation>
        </message>
        <message>
            <source>Các khoảng</source>
            <translation>Bands</translation>
        </message>
        <message>
            <source>Các mức</source>
            <translation>Levels</translation>
        </message>
        <message>
            <source>Hướng dẫn chấm</source>
            <translation>Scoring guidance</translation>
        </message>
        <message>
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Tiêu chí con</source>
            <translation>Sub-criteria</translation>
        </message>
        <message>
            <source>Tên bộ tiêu chí</source>
            <translation>Criteria set name</translation>
        </message>
        <message>
            <source>Phiên bản</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Loại đơn vị</source>
            <translation>Unit kind</translation>
        </message>
        <message>
            <source>Phong trào</source>
            <translation>Movement</translation>
        </message>
        <message>
            <source>Tổng điểm tối đa</source>
            <translation>Maximum total</translation>
        </message>
        <message>
            <source>Điểm thưởng tối đa</source>
            <translation>Maximum bonus points</translation>
        </message>
        <message>
            <source>Tổng hợp điểm hội đồng</source>
            <translation>Combining committee scores</translation>
        </message>
        <message>
            <source>Dùng điểm tự chấm khi hội đồng chưa chấm</source>
            <translation>Use the self-score when the committee has not scored</translation>
        </message>
        <message>
            <source>Khi bằng điểm, xét</source>
            <translation>Tie-breakers</translation>
        </message>
        <message>
            <source>Tiêu chí</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Xếp loại</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Điều kiện khống chế</source>
            <translation>Veto conditions</translation>
        </message>
        <message>
            <source>Tỷ lệ tối đa</source>
            <translation>Quotas</translation>
        </message>
        <message>
            <source>Định dạng</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Tổng quan</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>có</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>không</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Người chấm</source>
            <translation>Scorer</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Tên</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Tên đơn vị</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <source>Cũ</source>
            <translation>Old</translation>
        </message>
        <message>
            <source>Mới</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Ô</source>
            <translation>Cell</translation>
        </message>
        <message>
            <source>Thang điểm</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>tên</source>
            <translation>name</translation>
        </message>
        <message>
            <source>loại</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>cấp trên</source>
            <translation>parent</translation>
        </message>
        <message>
            <source>cụm</source>
            <translation>cluster</translation>
        </message>
        <message>
            <source>Thêm mới</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Giữ nguyên</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Sửa: {fields}</source>
            <translation>Changed: {fields}</translation>
        </message>
        <message>
            <source>Thuộc</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Cụm</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Thay đổi</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Vị trí</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Lỗi</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Kỳ chấm điểm</source>
            <translation>Periods</translation>
        </message>
        <message>
            <source>Xếp hạng</source>
            <translation>Ranking</translation>
        </message>
        <message>
            <source>Khen thưởng</source>
            <translation>Awards</translation>
        </message>
        <message>
            <source>Nhật ký</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>In giấy khen</source>
            <translation>Print certificates</translation>
        </message>
        <message>
            <source>In danh sách</source>
            <translation>Print list</translation>
        </message>
        <message>
            <source>In báo cáo</source>
            <translation>Print report</translation>
        </message>
        <message>
            <source>In phiếu chấm</source>
            <translation>Print score forms</translation>
        </message>
        <message>
            <source>In giấy khen trên phôi</source>
            <translation>Print certificates on pre-printed forms</translation>
        </message>
        <message>
            <source>In trang căn chỉnh</source>
            <translation>Print an alignment page</translation>
        </message>
        <message>
            <source>Nhập dữ liệu từ tệp</source>
            <translation>Import data from a file</translation>
        </message>
        <message>
            <source>Chưa chọn tệp</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>Chọn tệp…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Xem trước</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Nhập</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Tệp:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Chọn tệp để nhập</source>
            <translation>Choose a file to import</translation>
        </message>
        <message>
            <source>Chọn tệp cần nhập.</source>
            <translation>Choose the file to import.</translation>
        </message>
        <message>
            <source>Bấm “Xem trước” để kiểm tra tệp trước khi nhập.</source>
            <translation>Click “Preview” to check the file before importing.</translation>
        </message>
        <message>
            <source>Đang đọc tệp…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Đang nhập…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Đã nhập xong</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <source>Điểm chấm của một kỳ</source>
            <translation>Scores of a period</translation>
        </message>
        <message>
            <source>Bộ tiêu chí (thang điểm)</source>
            <translation>Criteria set (scoring scale)</translation>
        </message>
        <message>
            <source>Danh sách đơn vị</source>
            <translation>List of units</translation>
        </message>
        <message>
            <source>Tự chấm</source>
            <translation>Self-score</translation>
        </message>
        <message>
            <source>Thành viên hội đồng</source>
            <translation>Committee member</translation>
        </message>
        <message>
            <source>Thẩm định</source>
            <translation>Official review</translation>
        </message>
        <message>
            <source>Nội dung tệp:</source>
            <translation>File contents:</translation>
        </message>
        <message>
            <source>Chưa có kỳ chấm điểm nào</source>
            <translation>No scoring period yet</translation>
        </message>
        <message>
            <source> (đã khóa)</source>
            <translation> (locked)</translation>
        </message>
        <message>
            <source>Họ tên thành viên hội đồng</source>
            <translation>Committee member's full name</translation>
        </message>
        <message>
            <source>Kỳ chấm điểm:</source>
            <translation>Scoring period:</translation>
        </message>
        <message>
            <source>Vai trò người chấm:</source>
            <translation>Scorer's role:</translation>
        </message>
        <message>
            <source>Người chấm:</source>
            <translation>Scorer:</translation>
        </message>
        <message>
            <source>Để trống: dùng tên ghi trong tệp</source>
            <translation>Empty: use the name written in the file</translation>
        </message>
        <message>
            <source>Tên bộ tiêu chí:</source>
            <translation>Criteria set name:</translation>
        </message>
        <message>
            <source>Bảng có các cột Mã, Tên, Loại, Thuộc (mã đơn vị cấp trên), Cụm. Đơn vị đã có được cập nhật theo mã.</source>
            <translation>The table has the columns Mã (code), Tên (name), Loại (kind), Thuộc (parent unit code) and Cụm (cluster). Units that already exist are updated by code.</translation>
        </message>
        <message>
            <source>Chưa có kỳ chấm điểm: hãy tạo kỳ trước khi nhập điểm.</source>
            <translation>There is no scoring period yet: create one before importing scores.</translation>
        </message>
        <message>
            <source>Nhập tên thành viên hội đồng đã chấm các điểm này.</source>
            <translation>Type the name of the committee member who gave these scores.</translation>
        </message>
        <message>
            <source>Điểm tối đa:</source>
            <translation>Maximum points:</translation>
        </message>
        <message>
            <source>Tiêu chí chấm điểm:</source>
            <translation>Scored criteria:</translation>
        </message>
        <message>
            <source>Xếp loại:</source>
            <translation>Grades:</translation>
        </message>
        <message>
            <source>Điều kiện khống chế:</source>
            <translation>Veto conditions:</translation>
        </message>
        <message>
            <source>Khi nhập:</source>
            <translation>On import:</translation>
        </message>
        <message>
            <source>{max} điểm, cộng tối đa {bonus} điểm thưởng</source>
            <translation>{max} points, plus at most {bonus} bonus points</translation>
        </message>
        <message>
            <source>(không có)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Bộ tiêu chí này đã có, giống hệt: nhập lại không thay đổi gì.</source>
            <translation>This criteria set already exists, identical: importing it again changes nothing.</translation>
        </message>
        <message>
            <source>Lưu thành bộ tiêu chí mới.</source>
            <translation>Will be saved as a new criteria set.</translation>
        </message>
        <message>
            <source>Lưu thành bản sửa đổi số {n} (các kỳ đã tạo vẫn giữ bản cũ).</source>
            <translation>Will be saved as revision {n} (periods already created keep the old revision).</translation>
        </message>
        <message>
            <source>Lỗi đang chọn</source>
            <translation>Selected error</translation>
        </message>
        <message>
            <source>Trang tính:</source>
            <translation>Sheet:</translation>
        </message>
        <message>
            <source>Ô:</source>
            <translation>Cell:</translation>
        </message>
        <message>
            <source>Giá trị trong ô:</source>
            <translation>Value in the cell:</translation>
        </message>
        <message>
            <source>Lỗi:</source>
            <translation>Error:</translation>
        </message>
        <message>
            <source>Lỗi này không chỉ vào một ô của tệp.</source>
            <translation>This error does not point to a cell of the file.</translation>
        </message>
        <message>
            <source>(tệp CSV, không có trang tính)</source>
            <translation>(CSV file, no sheets)</translation>
        </message>
        <message>
            <source>(ô trống)</source>
            <translation>(empty cell)</translation>
        </message>
        <message>
            <source>Đang đọc ô…</source>
            <translation>Reading the cell…</translation>
        </message>
        <message>
            <source>Chọn tệp, cho biết nội dung của tệp rồi bấm “Xem trước”.
Chưa có gì được ghi vào dữ liệu cho đến khi bấm “Nhập”.</source>
            <translation>Choose a file, say what it contains, then click “Preview”.
Nothing is written to the data until you click “Import”.</translation>
        </message>
        <message>
            <source>Không có điểm nào thay đổi ({same} ô giữ nguyên).</source>
            <translation>No score changes ({same} cells unchanged).</translation>
        </message>
        <message>
            <source>Sẽ ghi {count} ô điểm: {added} ô mới, {changed} ô sửa; {same} ô giữ nguyên.</source>
            <translation>Will write {count} score cells: {added} new, {changed} changed; {same} cells unchanged.</translation>
        </message>
        <message>
            <source>Tệp đọc được: bộ tiêu chí có {leaves} tiêu chí chấm điểm.</source>
            <translation>File read: the criteria set has {leaves} scored criteria.</translation>
        </message>
        <message>
            <source>Sẽ thêm {added} đơn vị, sửa {changed} đơn vị; {same} đơn vị giữ nguyên.</source>
            <translation>Will add {added} units and change {changed}; {same} units unchanged.</translation>
        </message>
        <message>
            <source>Tệp có {count} lỗi nên chưa nhập được; chưa có gì được ghi. Chọn một lỗi để xem ô đó, sửa tệp rồi bấm “Xem trước” lại.</source>
            <translation>The file has {count} errors, so it cannot be imported yet; nothing has been written. Choose an error to see its cell, correct the file, then click “Preview” again.</translation>
        </message>
        <message>
            <source>Kỳ chấm điểm đã bị khóa nên không nhập được; chưa có gì được ghi. Hãy mở khóa kỳ trước.</source>
            <translation>The scoring period is locked, so nothing can be imported; nothing has been written. Unlock the period first.</translation>
        </message>
        <message>
            <source>Không nhập được; chưa có gì được ghi. Cần sửa:</source>
            <translation>Cannot import; nothing has been written. To correct:</translation>
        </message>
        <message>
            <source>Đã nhập điểm từ {file}: {added} ô mới, {changed} ô sửa, {same} ô giữ nguyên, của {units} đơn vị.</source>
            <translation>Imported scores from {file}: {added} new cells, {changed} changed, {same} unchanged, for {units} units.</translation>
        </message>
        <message>
            <source>Đã nhập bộ tiêu chí “{name}” (bản số {revision}, {leaves} tiêu chí chấm điểm).</source>
            <translation>Imported the criteria set “{name}” (revision {revision}, {leaves} scored criteria).</translation>
        </message>
        <message>
            <source>Đã nhập đơn vị từ {file}: {added} thêm mới, {changed} sửa, {same} giữ nguyên.</source>
            <translation>Imported units from {file}: {added} added, {changed} changed, {same} unchanged.</translation>
        </message>
        <message>
            <source>khống chế</source>
            <translation>veto</translation>
        </message>
        <message>
            <source>Tổng điểm</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Hạng</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>có = {0}</source>
            <translation>yes = {0}</translation>
        </message>
        <message>
            <source>−{0}/{1}</source>
            <translation>−{0}/{1}</translation>
        </message>
        <message>
            <source>lần</source>
            <translation>case</translation>
        </message>
        <message>
            <source>trừ ≤ {0}</source>
            <translation>penalty ≤ {0}</translation>
        </message>
        <message>
            <source>{0}{1} → {2}</source>
            <translation>{0}{1} → {2}</translation>
        </message>
        <message>
            <source>{0} → ≤ {1}</source>
            <translation>{0} → ≤ {1}</translation>
        </message>
        <message>
            <source>mức, ≤ {0}</source>
            <translation>levels, ≤ {0}</translation>
        </message>
        <message>
            <source>+ ≤ {0}</source>
            <translation>+ ≤ {0}</translation>
        </message>
        <message>
            <source>≤ {0}</source>
            <translation>≤ {0}</translation>
        </message>
        <message>
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>{0}. {1} ({2} điểm)</source>
            <translation>{0}. {1} ({2} points)</translation>
        </message>
        <message>
            <source>bước chấm {0}</source>
            <translation>scoring step {0}</translation>
        </message>
        <message>
            <source>chọn ô đầu tiên cần dán</source>
            <translation>choose the first cell to paste into</translation>
        </message>
        <message>
            <source>khối dán có {0} dòng, từ ô đã chọn chỉ còn {1} dòng</source>
            <translation>the pasted block has {0} rows, only {1} rows remain from the selected cell</translation>
        </message>
        <message>
            <source>khối dán có {0} cột, từ ô đã chọn chỉ còn {1} cột</source>
            <translation>the pasted block has {0} columns, only {1} columns remain from the selected cell</translation>
        </message>
        <message>
            <source>cột «{0}» không nhập điểm được</source>
            <translation>column “{0}” does not take scores</translation>
        </message>
        <message>
            <source>{0}: chưa chấm</source>
            <translation>{0}: not scored</translation>
        </message>
        <message>
            <source>{0}: {1} = {2} điểm</source>
            <translation>{0}: {1} = {2} points</translation>
        </message>
        <message>
            <source>{0}: trừ {1} điểm</source>
            <translation>{0}: minus {1} points</translation>
        </message>
        <message>
            <source>{0}: {1} điểm</source>
            <translation>{0}: {1} points</translation>
        </message>
        <message>
            <source>xếp loại tối đa: {0}</source>
            <translation>highest grade allowed: {0}</translation>
        </message>
        <message>
            <source>loại khỏi khen thưởng</source>
            <translation>excluded from awards</translation>
        </message>
        <message>
            <source>Thuộc: {0}</source>
            <translation>Parent: {0}</translation>
        </message>
        <message>
            <source>Cụm: {0}</source>
            <translation>Cluster: {0}</translation>
        </message>
        <message>
            <source>Điểm cơ bản {0} + thưởng {1} − trừ {2} = {3}</source>
            <translation>Base {0} + bonus {1} − penalty {2} = {3}</translation>
        </message>
        <message>
            <source>Tự chấm: {0}</source>
            <translation>Self-score: {0}</translation>
        </message>
        <message>
            <source>Hội đồng chưa chấm: {0}</source>
            <translation>Not yet scored by the committee: {0}</translation>
        </message>
        <message>
            <source>Hạng chung: {0}</source>
            <translation>Overall rank: {0}</translation>
        </message>
        <message>
            <source>Hạng trong {0}: {1}</source>
            <translation>Rank in {0}: {1}</translation>
        </message>
        <message>
            <source>Theo điểm: {0}</source>
            <translation>By total: {0}</translation>
        </message>
        <message>
            <source>Bị giới hạn bởi: {0}</source>
            <translation>Capped by: {0}</translation>
        </message>
        <message>
            <source>Hạ một bậc do vượt tỷ lệ tối đa</source>
            <translation>Moved down one grade for exceeding the quota</translation>
        </message>
        <message>
            <source>Không được xét khen thưởng (điều kiện khống chế)</source>
            <translation>Not eligible for awards (veto condition)</translation>
        </message>
        <message>
            <source>Bình xét</source>
            <translation>Council vote</translation>
        </message>
        <message>
            <source>Bổ sung</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Chưa kiểm phiếu</source>
            <translation>Not counted yet</translation>
        </message>
        <message>
            <source>Hình thức</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Không đạt</source>
            <translation>Not approved</translation>
        </message>
        <message>
            <source>Không đồng ý</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Lý do</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Nguồn</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Nhập từ danh sách</source>
            <translation>Imported list</translation>
        </message>
        <message>
            <source>Số quyết định</source>
            <translation>Decision number</translation>
        </message>
        <message>
            <source>Số tập thể</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Tên tập thể</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Tỷ lệ</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Điểm</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Đã loại</source>
            <translation>Taken off</translation>
        </message>
        <message>
            <source>Đạt</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Đề nghị</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Đồng ý</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Tên bộ tiêu chí mới:</source>
            <translation>New criteria set name:</translation>
        </message>
        <message>
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Ghi nhận</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Lĩnh vực</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Minh chứng</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Năm dừng</source>
            <translation>Year stopped</translation>
        </message>
        <message>
            <source>Năm đăng ký</source>
            <translation>Year registered</translation>
        </message>
        <message>
            <source>Tên mô hình</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Tình trạng</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tính từ ghi nhận: {source}</source>
            <translation>Computed from records: {source}</translation>
        </message>
        <message>
            <source>{code} ({points} điểm): {source}.</source>
            <translation>{code} ({points} points): {source}.</translation>
        </message>
        <message>
            <source>Thay bằng {value} ({by}): {reason}.</source>
            <translation>Overridden by {value} ({by}): {reason}.</translation>
        </message>
        <message>
            <source>Chưa chấm: chưa có điểm nào của hội đồng, nên không xếp hạng, không xếp loại.</source>
            <translation>Not scored: the committee has given no score yet, so no rank and no grade.</translation>
        </message>
        <message>
            <source>chưa chấm</source>
            <translation>not scored</translation>
        </message>
        <message>
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <source>Địa danh</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Chức vụ người ký</source>
            <translation>Signer's title</translation>
        </message>
        <message>
            <source>Họ tên người ký</source>
            <translation>Signer's name</translation>
        </message>
        <message>
            <source>khối dán không rơi vào ô điểm nào</source>
            <translation>the pasted block covers no score cell</translation>
        </message>
        <message>
            <source>Chọn tệp cần nhập</source>
            <translation>Choose the file to import</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Thời gian</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Người thực hiện</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Thao tác</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Đối tượng</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Kỳ</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Mục</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Giá trị cũ</source>
            <translation>Old value</translation>
        </message>
        <message>
            <source>Giá trị mới</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Kỳ:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Đơn vị:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <source>Người:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>Tất cả</source>
            <translation>All</translation>
        </message>
        <message>
            <source>{count} mục</source>
            <translation>{count} entries</translation>
        </message>
        <message>
            <source>Nhật ký</source>
            <translation>Audit log</translation>
        </message>
    </context>
    <context>
        <name>AwardsModel</name>
        <message>
            <source>STT</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Thuộc</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Điểm</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Hạng</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Xếp loại</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Hình thức</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Số tiền</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Số vào sổ</source>
            <translation>Register no.</translation>
        </message>
        <message>
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Thêm thủ công: {reason}</source>
            <translation>Added by hand: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AwardsView</name>
        <message>
            <source>Thêm đơn vị…</source>
            <translation>Add unit…</translation>
        </message>
        <message>
            <source>Loại khỏi danh sách…</source>
            <translation>Exclude…</translation>
        </message>
        <message>
            <source>Bỏ quyết định thủ công…</source>
            <translation>Withdraw manual decision…</translation>
        </message>
        <message>
            <source>Kỳ:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Quyết định thủ công:</source>
            <translation>Manual decisions:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tổng cộng: {count} đơn vị, {amount}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Total: {count} units, {amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source> · Kỳ đã khóa: không sửa được danh sách.</source>
            <translation> · The period is locked: the list cannot be changed.</translation>
        </message>
        <message>
            <source>Hình thức theo bộ tiêu chí: {rules}</source>
            <translation>Awards of the criteria set: {rules}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Theo kết quả biểu quyết của Hội đồng ngày {date}.&lt;/b&gt; Danh sách chỉ sửa được trong trang Bình xét.</source>
            <translation>&lt;b&gt;As approved by the council's vote of {date}.&lt;/b&gt; The list can only be changed on the Council page.</translation>
        </message>
        <message>
            <source>Theo quy định khen thưởng của bộ tiêu chí (Hội đồng đang biểu quyết, còn đơn vị chưa có kết quả). Danh sách chỉ sửa được trong trang Bình xét.</source>
            <translation>By the criteria set's award rules (the council is voting; some candidates have no tally yet). The list can only be changed on the Council page.</translation>
        </message>
        <message>
            <source>Theo quy định khen thưởng của bộ tiêu chí (Hội đồng chưa biểu quyết).</source>
            <translation>By the criteria set's award rules (the council has not voted).</translation>
        </message>
        <message>
            <source>Khen thưởng</source>
            <translation>Awards</translation>
        </message>
        <message>
            <source>Bộ tiêu chí của kỳ chưa có quy định khen thưởng: chưa đơn vị nào được chọn tự động. Thêm đơn vị bằng tay, hoặc bổ sung quy định rồi chuyển kỳ sang bản mới.</source>
            <translation>The period's criteria set has no award rules: no unit is picked by itself. Add units by hand, or add the rules and move the period to the new revision.</translation>
        </message>
        <message>
            <source>Mở quy định khen thưởng…</source>
            <translation>Open the award rules…</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Tiêu chí</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Điểm</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Tối đa</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>Tự chấm</source>
            <translation>Self-score</translation>
        </message>
        <message>
            <source>chưa chấm</source>
            <translation>not scored</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Kết nối PostgreSQL</source>
            <translation>Connect to PostgreSQL</translation>
        </message>
        <message>
            <source>Địa chỉ máy chủ PostgreSQL dùng chung cho nhiều máy.</source>
            <translation>The address of a PostgreSQL server shared by several computers.</translation>
        </message>
        <message>
            <source>Kết nối</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Địa chỉ phải bắt đầu bằng postgresql:// hoặc postgresql+psycopg://</source>
            <translation>The address must start with postgresql:// or postgresql+psycopg://</translation>
        </message>
    </context>
    <context>
        <name>CriteriaTreeModel</name>
        <message>
            <source>Mã</source>
            <extracomment>the node's path (tuple of indices) the faults found at the node, as texts</extracomment>
            <translation>Code</translation>
        </message>
        <message>
            <source>Tiêu chí</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Tối đa</source>
            <translation>Maximum</translation>
        </message>
    </context>
    <context>
        <name>CriteriaView</name>
        <message>
            <source>Bộ mới</source>
            <extracomment>a criteria set was saved, imported or duplicated</extracomment>
            <translation>New set</translation>
        </message>
        <message>
            <source>Nhập từ tệp…</source>
            <translation>Import from file…</translation>
        </message>
        <message>
            <source>Xuất ra tệp…</source>
            <translation>Export to file…</translation>
        </message>
        <message>
            <source>Nhân bản để sửa</source>
            <translation>Duplicate to edit</translation>
        </message>
        <message>
            <source>Lưu bộ tiêu chí</source>
            <translation>Save criteria set</translation>
        </message>
        <message>
            <source>Hoàn tác</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Làm lại</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Các bộ tiêu chí</source>
            <translation>Criteria sets</translation>
        </message>
        <message>
            <source>Tiêu chí</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <source>Thông tin chung</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Bộ tiêu chí mới</source>
            <translation>New criteria set</translation>
        </message>
        <message>
            <source>Bộ tiêu chí mới {0}</source>
            <translation>New criteria set {0}</translation>
        </message>
        <message>
            <source>Chưa lưu được: còn {0} lỗi cần sửa.</source>
            <translation>Not saved: {0} errors still to correct.</translation>
        </message>
        <message>
            <source>Đã lưu «{0}», bản {1}.</source>
            <translation>Saved “{0}”, revision {1}.</translation>
        </message>
        <message>
            <source>{0} (bản sao)</source>
            <translation>{0} (copy)</translation>
        </message>
        <message>
            <source>Đã tạo «{0}»: bản này sửa được.</source>
            <translation>Created “{0}”: this copy can be edited.</translation>
        </message>
        <message>
            <source>Nhập bộ tiêu chí</source>
            <translation>Import a criteria set</translation>
        </message>
        <message>
            <source>Đã nhập «{0}» từ {1}.</source>
            <translation>Imported “{0}” from {1}.</translation>
        </message>
        <message>
            <source>Hãy lưu bộ tiêu chí trước khi xuất ra tệp.</source>
            <translation>Save the criteria set before exporting it to a file.</translation>
        </message>
        <message>
            <source>Xuất bộ tiêu chí</source>
            <translation>Export the criteria set</translation>
        </message>
        <message>
            <source>Đã xuất «{0}» ra {1}.</source>
            <translation>Exported “{0}” to {1}.</translation>
        </message>
        <message>
            <source>Đây là mẫu có sẵn, chỉ xem được. Bấm «Nhân bản để sửa» để có bản sửa được.</source>
            <translation>This is a built-in template and is read-only. Click “Duplicate to edit” to get an editable copy.</translation>
        </message>
        <message>
            <source>Bộ tiêu chí hợp lệ; chưa lưu.</source>
            <translation>The criteria set is valid; not saved yet.</translation>
        </message>
    </context>
    <context>
        <name>DecisionsModel</name>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Quyết định</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Hình thức</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Lý do</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Người quyết định</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <source>Lúc</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Thêm vào danh sách</source>
            <translation>Added to the list</translation>
        </message>
        <message>
            <source>Loại khỏi danh sách</source>
            <translation>Excluded from the list</translation>
        </message>
    </context>
    <context>
        <name>DraftEditor</name>
        <message>
            <source>Sửa {0}</source>
            <extracomment>a whole new draft, or one restored by undo: redraw everything the tree's shape changed; the path to select (or None) values changed, not the shape the faults of the draft as it is now (``Problem`` list)</extracomment>
            <translation>Edit {0}</translation>
        </message>
        <message>
            <source>Sửa tiêu chí {0}</source>
            <translation>Edit criterion {0}</translation>
        </message>
        <message>
            <source>Nhóm tiêu chí mới</source>
            <translation>New criteria group</translation>
        </message>
        <message>
            <source>Tiêu chí mới</source>
            <translation>New criterion</translation>
        </message>
        <message>
            <source>Thêm nhóm</source>
            <translation>Add group</translation>
        </message>
        <message>
            <source>Thêm tiêu chí</source>
            <translation>Add criterion</translation>
        </message>
        <message>
            <source>Xóa tiêu chí {0}</source>
            <translation>Delete criterion {0}</translation>
        </message>
        <message>
            <source>Thụt vào</source>
            <translation>Indent</translation>
        </message>
        <message>
            <source>Lùi ra</source>
            <translation>Outdent</translation>
        </message>
        <message>
            <source>Lên</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Xuống</source>
            <translation>Move down</translation>
        </message>
    </context>
    <context>
        <name>ExplanationPanel</name>
        <message>
            <source>Điểm qua các kỳ cùng bộ tiêu chí:</source>
            <translation>Totals in the periods of the same criteria set:</translation>
        </message>
        <message>
            <source>Chọn một đơn vị để xem giải thích</source>
            <translation>Choose a unit to see the explanation</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Chấm điểm thi đua</source>
            <translation>Emulation scoring</translation>
        </message>
        <message>
            <source>Mở gần đây</source>
            <translation>Open recent</translation>
        </message>
        <message>
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Mở tệp dữ liệu…</source>
            <translation>Open data file…</translation>
        </message>
        <message>
            <source>Nhập từ tệp Excel…</source>
            <translation>Import from an Excel file…</translation>
        </message>
        <message>
            <source>Tạo tệp dữ liệu mới…</source>
            <translation>New data file…</translation>
        </message>
        <message>
            <source>Kết nối PostgreSQL…</source>
            <translation>Connect to PostgreSQL…</translation>
        </message>
        <message>
            <source>Kiểm tra giấy khen…</source>
            <translation>Verify a certificate…</translation>
        </message>
        <message>
            <source>Làm mới</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Thoát</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>&amp;Trợ giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Giới thiệu</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Thanh công cụ</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <source>Mở tệp dữ liệu</source>
            <translation>Open a data file</translation>
        </message>
        <message>
            <source>Tạo tệp dữ liệu mới</source>
            <translation>Create a new data file</translation>
        </message>
        <message>
            <source>Đang mở cơ sở dữ liệu…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <source>Cơ sở dữ liệu: {db}</source>
            <translation>Database: {db}</translation>
        </message>
        <message>
            <source>Người dùng: {user}</source>
            <translation>User: {user}</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Chuyển đơn vị</source>
            <translation>Move unit</translation>
        </message>
        <message>
            <source>Chuyển</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>(Không thuộc đơn vị nào)</source>
            <translation>(No parent unit)</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Chuyển về thuộc</source>
            <translation>Move under</translation>
        </message>
    </context>
    <context>
        <name>NodeForm</name>
        <message>
            <source>Mức</source>
            <extracomment>(key, value) typed or chosen by the user</extracomment>
            <translation>Level</translation>
        </message>
        <message>
            <source>Điểm</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Từ (≥)</source>
            <translation>From (≥)</translation>
        </message>
        <message>
            <source>có tiêu chí con chưa ghi điểm tối đa</source>
            <translation>some sub-criteria have no maximum points</translation>
        </message>
        <message>
            <source>{0} tiêu chí, cộng lại {1} điểm</source>
            <translation>{0} criteria, adding up to {1} points</translation>
        </message>
        <message>
            <source> — nhóm tối đa {0} điểm</source>
            <translation> — group maximum {0} points</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>Thêm đơn vị vào danh sách khen thưởng</source>
            <translation>Add a unit to the awards</translation>
        </message>
        <message>
            <source>Loại đơn vị khỏi danh sách khen thưởng</source>
            <translation>Exclude a unit from the awards</translation>
        </message>
        <message>
            <source>Bỏ quyết định thủ công</source>
            <translation>Withdraw the manual decision</translation>
        </message>
        <message>
            <source>Ghi quyết định</source>
            <translation>Record decision</translation>
        </message>
        <message>
            <source>{name} ({code}) — hạng {rank}, {total} điểm</source>
            <translation>{name} ({code}) — rank {rank}, {total} points</translation>
        </message>
        <message>
            <source>Theo quy định của bộ tiêu chí</source>
            <translation>As the criteria set's rules say</translation>
        </message>
        <message>
            <source>Bắt buộc: lý do được ghi vào nhật ký</source>
            <translation>Required: the reason is written to the audit log</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Hình thức</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Lý do</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Chọn một đơn vị</source>
            <translation>Choose a unit</translation>
        </message>
        <message>
            <source>Cần ghi lý do của quyết định</source>
            <translation>The decision needs its reason</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>Đơn vị</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Kỳ chấm điểm</source>
            <translation>Periods</translation>
        </message>
        <message>
            <source>Kỳ đang mở</source>
            <translation>Open periods</translation>
        </message>
        <message>
            <source>Kỳ đã khóa</source>
            <translation>Locked periods</translation>
        </message>
        <message>
            <source>Số đơn vị theo xếp loại:</source>
            <translation>Units per grade:</translation>
        </message>
        <message>
            <source>Bắt đầu</source>
            <translation>Getting started</translation>
        </message>
        <message>
            <source>Cơ sở dữ liệu này còn trống. Có thể xem thử với dữ liệu mẫu (một huyện với các thôn, công sở, trường học, chi bộ và ba tháng điểm), hoặc bắt đầu từ một mẫu bộ tiêu chí có sẵn.</source>
            <translation>This database is empty. Try the demo data (a district with villages, offices, schools, party cells and three months of scores), or start from a built-in criteria template.</translation>
        </message>
        <message>
            <source>Dùng dữ liệu mẫu</source>
            <translation>Use the demo data</translation>
        </message>
        <message>
            <source>Bắt đầu từ mẫu tiêu chí</source>
            <translation>Start from a criteria template</translation>
        </message>
        <message>
            <source>Nhập danh sách đơn vị</source>
            <translation>Import the list of units</translation>
        </message>
        <message>
            <source>Kỳ gần nhất: {period}</source>
            <translation>Latest period: {period}</translation>
        </message>
        <message>
            <source>Kỳ gần nhất: đang cập nhật…</source>
            <translation>Latest period: updating…</translation>
        </message>
        <message>
            <source>(đang cập nhật…)</source>
            <translation>(updating…)</translation>
        </message>
        <message>
            <source>Chưa xếp loại</source>
            <translation>No grade</translation>
        </message>
        <message>
            <source>Đơn vị chưa chấm đủ: {count}</source>
            <translation>Incompletely scored units: {count}</translation>
        </message>
        <message>
            <source>Đang tạo dữ liệu mẫu…</source>
            <translation>Building the demo data…</translation>
        </message>
        <message>
            <source>Tổng quan</source>
            <translation>Overview</translation>
        </message>
    </context>
    <context>
        <name>PeriodDialog</name>
        <message>
            <source>(chưa ghi loại)</source>
            <translation>(no kind)</translation>
        </message>
        <message>
            <source>Tạo kỳ chấm điểm</source>
            <translation>Create a period</translation>
        </message>
        <message>
            <source>Tạo kỳ</source>
            <translation>Create period</translation>
        </message>
        <message>
            <source>Ví dụ: Tháng 10/2026 – Thôn, tổ dân phố</source>
            <translation>E.g. Tháng 10/2026 – Thôn, tổ dân phố</translation>
        </message>
        <message>
            <source> (mẫu có sẵn)</source>
            <translation> (built-in template)</translation>
        </message>
        <message>
            <source>Tất cả đơn vị</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Theo bộ tiêu chí</source>
            <translation>As the criteria set says</translation>
        </message>
        <message>
            <source>Tên kỳ</source>
            <translation>Period name</translation>
        </message>
        <message>
            <source>Loại kỳ</source>
            <translation>Kind of period</translation>
        </message>
        <message>
            <source>Bộ tiêu chí</source>
            <translation>Criteria set</translation>
        </message>
        <message>
            <source>Đơn vị thuộc</source>
            <translation>Units under</translation>
        </message>
        <message>
            <source>Loại đơn vị</source>
            <translation>Unit kind</translation>
        </message>
        <message>
            <source>Đúng, lấy tất cả các loại đơn vị này</source>
            <translation>Yes, take units of all these kinds</translation>
        </message>
        <message>
            <source>Bộ tiêu chí này chưa có quy định khen thưởng: kỳ sẽ không tự chọn được đơn vị nào để khen.</source>
            <translation>This criteria set has no award rules: the period will not pick any unit for an award by itself.</translation>
        </message>
        <message>
            <source>Mở quy định khen thưởng…</source>
            <translation>Open the award rules…</translation>
        </message>
        <message>
            <source>Kỳ sẽ gồm</source>
            <translation>The period takes</translation>
        </message>
        <message>
            <source>{count} đơn vị</source>
            <translation>{count} units</translation>
        </message>
        <message>
            <source>Bộ tiêu chí không nêu loại đơn vị. Chọn «Loại đơn vị» ở trên, hoặc xác nhận lấy tất cả.</source>
            <translation>The criteria set names no unit kind. Choose a “Unit kind” above, or confirm taking them all.</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>Tất cả các kỳ</source>
            <translation>All periods</translation>
        </message>
        <message>
            <source> (đã khóa)</source>
            <translation> (locked)</translation>
        </message>
    </context>
    <context>
        <name>PeriodsModel</name>
        <message>
            <source>Kỳ chấm điểm</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Loại kỳ</source>
            <translation>Kind of period</translation>
        </message>
        <message>
            <source>Bộ tiêu chí</source>
            <translation>Criteria set</translation>
        </message>
        <message>
            <source>Số đơn vị</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Tổng hợp từ</source>
            <translation>Summary of</translation>
        </message>
        <message>
            <source>Trạng thái</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Khóa/mở bởi</source>
            <translation>Locked/unlocked by</translation>
        </message>
        <message>
            <source>Lúc</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Đã khóa</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Đang mở</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>PeriodsView</name>
        <message>
            <source>Khoảng ngày…</source>
            <translation>Days covered…</translation>
        </message>
        <message>
            <source>Tạo kỳ mới…</source>
            <translation>New period…</translation>
        </message>
        <message>
            <source>Tạo kỳ tổng hợp…</source>
            <translation>New summary period…</translation>
        </message>
        <message>
            <source>Khóa kỳ</source>
            <translation>Lock period</translation>
        </message>
        <message>
            <source>Mở khóa</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>«{name}» đã khóa bởi {who} lúc {when}: không sửa được điểm, khống chế, khen thưởng.</source>
            <translation>“{name}” was locked by {who} at {when}: scores, vetoes and awards cannot be changed.</translation>
        </message>
        <message>
            <source>«{name}» đang mở.</source>
            <translation>“{name}” is open.</translation>
        </message>
        <message>
            <source>Kỳ chấm điểm</source>
            <translation>Periods</translation>
        </message>
        <message>
            <source>Mở khóa kỳ</source>
            <translation>Unlock period</translation>
        </message>
        <message>
            <source>Lý do mở khóa (được ghi vào nhật ký):</source>
            <translation>Why the period is unlocked (recorded in the log):</translation>
        </message>
        <message>
            <source>Sửa kỳ</source>
            <translation>Correct period</translation>
        </message>
        <message>
            <source>Đổi tên…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Thêm, bớt đơn vị…</source>
            <translation>Add or remove units…</translation>
        </message>
        <message>
            <source>Đổi bộ tiêu chí (bản khác)…</source>
            <translation>Change criteria (another version)…</translation>
        </message>
        <message>
            <source>Xóa kỳ…</source>
            <translation>Delete period…</translation>
        </message>
        <message>
            <source>Nhấp đúp để mở kỳ ra chấm điểm</source>
            <translation>Double-click to open the period for scoring</translation>
        </message>
    </context>
    <context>
        <name>PrintPanel</name>
        <message>
            <source>Quyết định và in ấn</source>
            <translation>Decision and printing</translation>
        </message>
        <message>
            <source>Ví dụ: 05/QĐ-UBND</source>
            <translation>E.g. 05/QĐ-UBND</translation>
        </message>
        <message>
            <source>Ghi quyết định</source>
            <translation>Record decision</translation>
        </message>
        <message>
            <source>In trên phôi</source>
            <translation>Print on pre-printed forms</translation>
        </message>
        <message>
            <source>Chỉ in nội dung vào các vị trí trên phôi giấy khen in sẵn</source>
            <translation>Print only the content, into the fields of pre-printed certificate forms</translation>
        </message>
        <message>
            <source>In trang căn chỉnh</source>
            <translation>Print an alignment page</translation>
        </message>
        <message>
            <source>In vị trí các trường lên giấy trắng, đặt lên phôi để kiểm tra trước khi in</source>
            <translation>Print the positions of the fields on plain paper, to lay over a form and check before printing</translation>
        </message>
        <message>
            <source>Quyết định số:</source>
            <translation>Decision no.:</translation>
        </message>
        <message>
            <source>ngày</source>
            <translation>dated</translation>
        </message>
        <message>
            <source>Đã ghi quyết định {number}.</source>
            <translation>Decision {number} recorded.</translation>
        </message>
        <message>
            <source>Cần ghi số và ngày quyết định khen thưởng trước khi in.</source>
            <translation>Record the number and date of the commendation decision before printing.</translation>
        </message>
        <message>
            <source>Đã in {pages} trang ra {file}.</source>
            <translation>Printed {pages} pages to {file}.</translation>
        </message>
        <message>
            <source>Đã in ra {file}.</source>
            <translation>Printed to {file}.</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Xem trước: {file}</source>
            <translation>Preview: {file}</translation>
        </message>
        <message>
            <source>Đang dựng hình các trang đầu…</source>
            <translation>Rendering the first pages…</translation>
        </message>
        <message>
            <source>Mở bằng trình xem PDF</source>
            <translation>Open in a PDF viewer</translation>
        </message>
        <message>
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{shown} trang đầu của tệp:</source>
            <translation>The first {shown} pages of the file:</translation>
        </message>
        <message>
            <source>Không xem trước được tệp này ({error}).</source>
            <translation>Cannot preview this file ({error}).</translation>
        </message>
    </context>
    <context>
        <name>ProjectorView</name>
        <message>
            <source>F11: toàn màn hình · Page Down/Page Up: cuộn · Esc: đóng</source>
            <translation>F11: full screen · Page Down/Page Up: scroll · Esc: close</translation>
        </message>
    </context>
    <context>
        <name>RankingModel</name>
        <message>
            <source>Hạng</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Thuộc</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Cụm</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Điểm</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Xếp loại</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Khống chế</source>
            <translation>Vetoes</translation>
        </message>
        <message>
            <source>Chưa đủ</source>
            <translation>Incomplete</translation>
        </message>
        <message>
            <source>Bằng điểm và các tiêu chí phụ với đơn vị khác: cùng hạng</source>
            <translation>Equal on total and tie-breakers with another unit: shared rank</translation>
        </message>
        <message>
            <source>chưa chấm</source>
            <translation>not scored</translation>
        </message>
    </context>
    <context>
        <name>RankingView</name>
        <message>
            <source>Toàn bộ kỳ</source>
            <translation>Whole period</translation>
        </message>
        <message>
            <source>Trong từng đơn vị cấp trên</source>
            <translation>Within each parent unit</translation>
        </message>
        <message>
            <source>Trong từng cụm thi đua</source>
            <translation>Within each cluster</translation>
        </message>
        <message>
            <source>Trình chiếu</source>
            <translation>Projector</translation>
        </message>
        <message>
            <source>Công bố kết quả trên máy chiếu (F11: toàn màn hình, Esc: đóng)</source>
            <translation>Announce the results on the projector (F11: full screen, Esc: close)</translation>
        </message>
        <message>
            <source>Xuất Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Bảng xếp hạng toàn kỳ và theo từng đơn vị cấp trên</source>
            <translation>Ranking of the whole period and within each parent unit</translation>
        </message>
        <message>
            <source>Kỳ:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Xếp hạng:</source>
            <translation>Ranking:</translation>
        </message>
        <message>
            <source>Phân bố xếp loại</source>
            <translation>Grade distribution</translation>
        </message>
        <message>
            <source>Xuất bảng xếp hạng</source>
            <translation>Export the ranking</translation>
        </message>
        <message>
            <source>Đã xuất {count} đơn vị ra {file}.</source>
            <translation>Exported {count} units to {file}.</translation>
        </message>
        <message>
            <source>Chưa có kỳ chấm điểm nào.</source>
            <translation>There is no period yet.</translation>
        </message>
        <message>
            <source>đã khóa</source>
            <translation>locked</translation>
        </message>
        <message>
            <source>đang mở</source>
            <translation>open</translation>
        </message>
        <message>
            <source>kỳ tổng hợp</source>
            <translation>summary period</translation>
        </message>
        <message>
            <source>kỳ chấm điểm</source>
            <translation>period</translation>
        </message>
        <message>
            <source>{criteria} · {kind}, {state} · {count} đơn vị</source>
            <translation>{criteria} · {kind}, {state} · {count} units</translation>
        </message>
        <message>
            <source>Chưa xếp loại</source>
            <translation>No grade</translation>
        </message>
        <message>
            <source>Xếp hạng</source>
            <translation>Ranking</translation>
        </message>
        <message>
            <source>Ẩn đơn vị chưa chấm</source>
            <translation>Hide units not scored</translation>
        </message>
        <message>
            <source> · {count} đơn vị chưa chấm (không xếp hạng, không tính tỷ lệ)</source>
            <translation> · {count} units not scored (no rank, outside the quotas)</translation>
        </message>
    </context>
    <context>
        <name>RowsTable</name>
        <message>
            <source>Thêm dòng</source>
            <extracomment>the rows after a change, as dicts by column key</extracomment>
            <translation>Add row</translation>
        </message>
        <message>
            <source>Xóa dòng</source>
            <translation>Delete row</translation>
        </message>
        <message>
            <source>Dòng {0}: {1}</source>
            <translation>Row {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>RulesPanel</name>
        <message>
            <source>Được «{0}» mỗi năm</source>
            <translation>“{0}” every year</translation>
        </message>
        <message>
            <source>Điều kiện các năm trước</source>
            <translation>Earlier years must show</translation>
        </message>
        <message>
            <source>Xếp loại «{0}» mỗi năm</source>
            <translation>Graded “{0}” every year</translation>
        </message>
        <message>
            <source>Số năm liền trước</source>
            <translation>Years before</translation>
        </message>
        <message>
            <source>Không xét</source>
            <translation>Not considered</translation>
        </message>
        <message>
            <source>Xếp loại</source>
            <extracomment>(table name, its rows in document form)</extracomment>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Điểm từ</source>
            <translation>Points from</translation>
        </message>
        <message>
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Điều kiện khống chế</source>
            <translation>Veto condition</translation>
        </message>
        <message>
            <source>Khi vi phạm</source>
            <translation>When violated</translation>
        </message>
        <message>
            <source>Tỷ lệ tối đa (0–1)</source>
            <translation>Maximum share (0–1)</translation>
        </message>
        <message>
            <source>Trong số đạt từ</source>
            <translation>Of those graded</translation>
        </message>
        <message>
            <source>Hình thức</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Xét theo</source>
            <translation>Based on</translation>
        </message>
        <message>
            <source>Giá trị</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Phạm vi</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Hệ số tiền thưởng</source>
            <translation>Cash award factor</translation>
        </message>
        <message>
            <source>Khống chế</source>
            <translation>Vetoes</translation>
        </message>
        <message>
            <source>Tỷ lệ</source>
            <translation>Quotas</translation>
        </message>
        <message>
            <source>Khen thưởng</source>
            <translation>Awards</translation>
        </message>
        <message>
            <source>Loại khỏi khen thưởng</source>
            <translation>Excluded from awards</translation>
        </message>
        <message>
            <source>Tối đa: {0}</source>
            <translation>At most: {0}</translation>
        </message>
        <message>
            <source>Xếp hạng đứng đầu (top N)</source>
            <translation>Top ranks (top N)</translation>
        </message>
        <message>
            <source>Xếp loại (liệt kê)</source>
            <translation>Grades (list)</translation>
        </message>
        <message>
            <source>Tổng điểm tối thiểu</source>
            <translation>Minimum total</translation>
        </message>
        <message>
            <source>Chỉ xét lịch sử khen thưởng</source>
            <translation>Award history only</translation>
        </message>
    </context>
    <context>
        <name>ScoreModel</name>
        <message>
            <source>Có</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Không</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>ScoringView</name>
        <message>
            <source> · đang đọc điểm…</source>
            <translation> · reading the scores…</translation>
        </message>
        <message>
            <source> · đang tính kết quả…</source>
            <translation> · working out the results…</translation>
        </message>
        <message>
            <source>Điểm của các đơn vị đã chọn còn đang được đọc: xin chờ giây lát.</source>
            <translation>The scores of the selected units are still being read: please wait a moment.</translation>
        </message>
        <message>
            <source>Hoàn tác</source>
            <extracomment>a change was saved</extracomment>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Làm lại</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Chưa có kỳ chấm điểm nào: hãy tạo một kỳ trước.</source>
            <translation>There is no scoring period yet: create one first.</translation>
        </message>
        <message>
            <source>Đang tải {0}…</source>
            <translation>Loading {0}…</translation>
        </message>
        <message>
            <source>«{0}» là kỳ tổng hợp: điểm lấy từ các kỳ thành phần, không chấm trực tiếp.</source>
            <translation>“{0}” is a summary period: its scores come from its component periods and cannot be entered directly.</translation>
        </message>
        <message>
            <source>Kỳ «{0}» đã khóa: không sửa được điểm. Mở khóa kỳ để sửa.</source>
            <translation>Period “{0}” is locked: scores cannot be changed. Unlock the period to edit them.</translation>
        </message>
        <message>
            <source>Chọn hoặc nhập tên thành viên hội đồng để chấm.</source>
            <translation>Choose or type the name of a committee member to score.</translation>
        </message>
        <message>
            <source>{0} đơn vị</source>
            <translation>{0} units</translation>
        </message>
        <message>
            <source>{0}/{1} đơn vị</source>
            <translation>{0}/{1} units</translation>
        </message>
        <message>
            <source> · {0} chưa chấm đủ</source>
            <translation> · {0} not fully scored</translation>
        </message>
        <message>
            <source>Không dán gì cả — {0}</source>
            <translation>Nothing pasted — {0}</translation>
        </message>
    </context>
    <context>
        <name>SetForm</name>
        <message>
            <source>mặc định: tổng điểm thưởng tối đa</source>
            <extracomment>(key, value)</extracomment>
            <translation>default: maximum total bonus points</translation>
        </message>
        <message>
            <source>mã tiêu chí, cách nhau bởi dấu phẩy; penalty = ít điểm trừ hơn</source>
            <translation>criteria codes, separated by commas; penalty = fewer penalty points</translation>
        </message>
    </context>
    <context>
        <name>SetsList</name>
        <message>
            <source>{0}  [mẫu có sẵn]</source>
            <translation>{0}  [built-in template]</translation>
        </message>
        <message>
            <source>{0}  (bản {1})</source>
            <translation>{0}  (revision {1})</translation>
        </message>
        <message>
            <source>{0} tiêu chí chấm, tổng {1} điểm</source>
            <translation>{0} scored criteria, {1} points in total</translation>
        </message>
        <message>
            <source>Dùng trong {0} kỳ chấm điểm</source>
            <translation>Used in {0} scoring periods</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Ví dụ: ỦY BAN NHÂN DÂN XÃ NGHĨA ĐÔ</source>
            <translation>E.g. ỦY BAN NHÂN DÂN XÃ NGHĨA ĐÔ</translation>
        </message>
        <message>
            <source>Ví dụ: Bảo Yên</source>
            <translation>E.g. Bảo Yên</translation>
        </message>
        <message>
            <source>Chọn…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <source>Cơ quan cấp trên</source>
            <translation>Parent body</translation>
        </message>
        <message>
            <source>Địa danh</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Chức vụ người ký</source>
            <translation>Signer's title</translation>
        </message>
        <message>
            <source>Họ tên người ký</source>
            <translation>Signer's name</translation>
        </message>
        <message>
            <source>Ký hiệu quyết định</source>
            <translation>Decision code</translation>
        </message>
        <message>
            <source>Lương cơ sở</source>
            <translation>Base salary</translation>
        </message>
        <message>
            <source>Biểu trưng (logo)</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Ngôn ngữ</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Ngôn ngữ mới có hiệu lực khi mở lại chương trình.</source>
            <translation>A new language takes effect when the application is opened again.</translation>
        </message>
        <message>
            <source>Lưu cài đặt</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <source>Chọn biểu trưng</source>
            <translation>Choose the logo</translation>
        </message>
        <message>
            <source>Ảnh</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Không phải số tiền: hãy nhập ví dụ 2.340.000 đ</source>
            <translation>Not an amount of money: type e.g. 2.340.000 đ</translation>
        </message>
        <message>
            <source>Không có thay đổi.</source>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <source>Đã lưu cài đặt.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <source>Chưa lưu: xem lỗi bên cạnh ô nhập.</source>
            <translation>Not saved: see the fault beside the field.</translation>
        </message>
        <message>
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Cần để in giấy khen và danh sách khen thưởng</source>
            <translation>Needed to print certificates and award lists</translation>
        </message>
        <message>
            <source>* Cần để in giấy khen và danh sách khen thưởng.</source>
            <translation>* Needed to print certificates and award lists.</translation>
        </message>
    </context>
    <context>
        <name>SheetEditor</name>
        <message>
            <source>Đang lưu {0} ô…</source>
            <translation>Saving {0} cells…</translation>
        </message>
        <message>
            <source>Các ô vừa dán hoặc xóa còn đang được lưu: xin chờ giây lát rồi thử lại.</source>
            <translation>The cells just pasted or cleared are still being saved: please wait a moment and try again.</translation>
        </message>
        <message>
            <source>Điểm của đơn vị này còn đang được đọc: xin chờ giây lát rồi nhập lại.</source>
            <translation>This unit's scores are still being read: please wait a moment and enter the value again.</translation>
        </message>
        <message>
            <source>Chấm {0}</source>
            <extracomment>why a change was not saved, for the user what was saved the services said the period is locked</extracomment>
            <translation>Score {0}</translation>
        </message>
        <message>
            <source>Khống chế {0}: {1}</source>
            <translation>Veto {0}: {1}</translation>
        </message>
        <message>
            <source>Bỏ khống chế {0}: {1}</source>
            <translation>Clear veto {0}: {1}</translation>
        </message>
        <message>
            <source> (và {0} ô khác)</source>
            <translation> (and {0} more cells)</translation>
        </message>
        <message>
            <source>Không dán gì cả — {0}</source>
            <translation>Nothing pasted — {0}</translation>
        </message>
        <message>
            <source>Dán {0} ô</source>
            <translation>Paste {0} cells</translation>
        </message>
        <message>
            <source>Xóa {0} ô</source>
            <translation>Clear {0} cells</translation>
        </message>
        <message>
            <source>Đã lưu {0} ô</source>
            <translation>Saved {0} cells</translation>
        </message>
        <message>
            <source>Đã lưu điều kiện khống chế {0}</source>
            <translation>Saved veto condition {0}</translation>
        </message>
    </context>
    <context>
        <name>SheetSelector</name>
        <message>
            <source>Tự chấm</source>
            <extracomment>another period, role or member was chosen a :data:`Scope`</extracomment>
            <translation>Self-score</translation>
        </message>
        <message>
            <source>Thành viên hội đồng</source>
            <translation>Committee member</translation>
        </message>
        <message>
            <source>Thẩm định</source>
            <translation>Official review</translation>
        </message>
        <message>
            <source>Tên thành viên</source>
            <translation>Member name</translation>
        </message>
        <message>
            <source>&amp;Kỳ chấm điểm:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>&amp;Người chấm:</source>
            <translation>&amp;Scorer:</translation>
        </message>
        <message>
            <source>&amp;Lọc:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>Tất cả đơn vị</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Chưa chấm đủ</source>
            <translation>Not fully scored</translation>
        </message>
        <message>
            <source>Thuộc: {0}</source>
            <translation>Parent: {0}</translation>
        </message>
        <message>
            <source>Cụm: {0}</source>
            <translation>Cluster: {0}</translation>
        </message>
        <message>
            <source> (đã khóa)</source>
            <translation> (locked)</translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <source>Tạo kỳ tổng hợp</source>
            <translation>Create a summary period</translation>
        </message>
        <message>
            <source>Tạo kỳ</source>
            <translation>Create period</translation>
        </message>
        <message>
            <source>Ví dụ: Quý IV/2026 – Thôn, tổ dân phố</source>
            <translation>E.g. Quý IV/2026 – Thôn, tổ dân phố</translation>
        </message>
        <message>
            <source>Bỏ qua kỳ mà đơn vị không được chấm (không tính là 0 điểm)</source>
            <translation>Skip periods in which a unit was not scored (do not count them as 0)</translation>
        </message>
        <message>
            <source>Tên kỳ</source>
            <translation>Period name</translation>
        </message>
        <message>
            <source>Loại kỳ</source>
            <translation>Kind of period</translation>
        </message>
        <message>
            <source>Tổng hợp từ các kỳ</source>
            <translation>Summary of the periods</translation>
        </message>
    </context>
    <context>
        <name>TopUnitsModel</name>
        <message>
            <source>Hạng</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Điểm</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Xếp loại</source>
            <translation>Grade</translation>
        </message>
    </context>
    <context>
        <name>TreePanel</name>
        <message>
            <source>Thêm nhóm</source>
            <extracomment>the path of the node the user selected, or None</extracomment>
            <translation>Add group</translation>
        </message>
        <message>
            <source>Thêm tiêu chí</source>
            <translation>Add criterion</translation>
        </message>
        <message>
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Thụt vào →</source>
            <translation>Indent →</translation>
        </message>
        <message>
            <source>← Lùi ra</source>
            <translation>← Outdent</translation>
        </message>
        <message>
            <source>Lên ↑</source>
            <translation>Move up ↑</translation>
        </message>
        <message>
            <source>Xuống ↓</source>
            <translation>Move down ↓</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Chưa có dữ liệu các kỳ</source>
            <translation>No results in other periods yet</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>Thêm đơn vị</source>
            <translation>Add unit</translation>
        </message>
        <message>
            <source>Sửa đơn vị</source>
            <translation>Edit unit</translation>
        </message>
        <message>
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Để trống: theo cụm của đơn vị cấp trên</source>
            <translation>Empty: the parent unit's cluster</translation>
        </message>
        <message>
            <source>(Không thuộc đơn vị nào)</source>
            <translation>(No parent unit)</translation>
        </message>
        <message>
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Tên đơn vị</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Thuộc</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Cụm thi đua</source>
            <translation>Cluster</translation>
        </message>
    </context>
    <context>
        <name>UnitsModel</name>
        <message>
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Tên đơn vị</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Cụm (riêng)</source>
            <translation>Own cluster</translation>
        </message>
        <message>
            <source>Cụm thi đua</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Theo cụm của đơn vị cấp trên</source>
            <translation>From the parent unit's cluster</translation>
        </message>
    </context>
    <context>
        <name>UnitsView</name>
        <message>
            <source>Thêm…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Sửa…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Chuyển cấp trên…</source>
            <translation>Move…</translation>
        </message>
        <message>
            <source>Nhập từ tệp…</source>
            <translation>Import from file…</translation>
        </message>
        <message>
            <source>Xuất ra tệp…</source>
            <translation>Export to file…</translation>
        </message>
        <message>
            <source>{count} đơn vị</source>
            <translation>{count} units</translation>
        </message>
        <message>
            <source>Nhập danh sách đơn vị</source>
            <translation>Import the list of units</translation>
        </message>
        <message>
            <source>Đang nhập {file}…</source>
            <translation>Importing {file}…</translation>
        </message>
        <message>
            <source>Đã nhập: {added} đơn vị mới, {changed} đơn vị thay đổi, {same} đơn vị giữ nguyên.</source>
            <translation>Imported: {added} new units, {changed} changed, {same} unchanged.</translation>
        </message>
        <message>
            <source>Xuất danh sách đơn vị</source>
            <translation>Export the list of units</translation>
        </message>
        <message>
            <source>Đã xuất {count} đơn vị ra {file}.</source>
            <translation>Exported {count} units to {file}.</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Units</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Kiểm tra giấy khen</source>
            <translation>Verify a certificate</translation>
        </message>
        <message>
            <source>Dán mã xác thực in trên giấy khen (dòng bắt đầu bằng EMUCERT1)</source>
            <translation>Paste the verification code printed on the certificate (the line starting with EMUCERT1)</translation>
        </message>
        <message>
            <source>Kiểm tra mã</source>
            <translation>Check code</translation>
        </message>
        <message>
            <source>Chọn tệp PDF…</source>
            <translation>Choose PDF file…</translation>
        </message>
        <message>
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Mã xác thực:</source>
            <translation>Verification code:</translation>
        </message>
        <message>
            <source>Hãy dán mã xác thực hoặc chọn tệp PDF.</source>
            <translation>Paste a verification code or choose a PDF file.</translation>
        </message>
        <message>
            <source>Chọn tệp giấy khen</source>
            <translation>Choose a certificate file</translation>
        </message>
        <message>
            <source>Đang kiểm tra…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Hợp lệ</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Hợp lệ: cả {count} giấy khen</source>
            <translation>Valid: all {count} certificates</translation>
        </message>
        <message>
            <source>KHÔNG hợp lệ</source>
            <translation>NOT valid</translation>
        </message>
        <message>
            <source>Trang {page}: {verdict}</source>
            <translation>Page {page}: {verdict}</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Kỳ</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Hình thức</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>{number} ngày {date}</source>
            <translation>{number} dated {date}</translation>
        </message>
        <message>
            <source>Quyết định</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Số vào sổ</source>
            <translation>Register no.</translation>
        </message>
        <message>
            <source>Lý do</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>KHÔNG kiểm tra được: {reason}</source>
            <translation>Could NOT be checked: {reason}</translation>
        </message>
        <message>
            <source>Dán mã xác thực đọc từ mã QR trên giấy khen (bắt đầu bằng EMUCERT2)</source>
            <translation>Paste the verification code read from the certificate's QR code (it starts with EMUCERT2)</translation>
        </message>
        <message>
            <source>Khóa công khai của nơi cấp…</source>
            <translation>Issuer's public key…</translation>
        </message>
        <message>
            <source>Kiểm tra bằng khóa của cơ sở dữ liệu này.</source>
            <translation>Checked with this database's key.</translation>
        </message>
        <message>
            <source>Chọn khóa công khai</source>
            <translation>Choose the public key</translation>
        </message>
        <message>
            <source>Kiểm tra bằng khóa công khai {fingerprint} ({file}).</source>
            <translation>Checked with the public key {fingerprint} ({file}).</translation>
        </message>
        <message>
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Tên bộ tiêu chí mới:</source>
            <translation>New criteria set name:</translation>
        </message>
    </context>
    <context>
        <name>CouncilView</name>
        <message>
            <source>Bình xét</source>
            <translation>Council vote</translation>
        </message>
        <message>
            <source>Kỳ:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Lịch sử khen thưởng</source>
            <translation>Award history</translation>
        </message>
        <message>
            <source>Bình xét khen thưởng</source>
            <translation>Council vote on awards</translation>
        </message>
        <message>
            <source>Ngưỡng biểu quyết và căn cứ</source>
            <translation>Vote thresholds and legal bases</translation>
        </message>
    </context>
    <context>
        <name>DocumentsBox</name>
        <message>
            <source>Ban hành quyết định…</source>
            <translation>Issue the decision…</translation>
        </message>
        <message>
            <source>Giấy tờ</source>
            <translation>Papers</translation>
        </message>
        <message>
            <source>In biên bản…</source>
            <translation>Print minutes…</translation>
        </message>
        <message>
            <source>In phiếu biểu quyết…</source>
            <translation>Print ballots…</translation>
        </message>
        <message>
            <source>Lưu biên bản</source>
            <translation>Save the minutes</translation>
        </message>
        <message>
            <source>Lưu phiếu biểu quyết</source>
            <translation>Save the ballots</translation>
        </message>
        <message>
            <source>Lưu quyết định (Word; bản PDF ghi bên cạnh)</source>
            <translation>Save the decision (Word; the PDF is written beside it)</translation>
        </message>
        <message>
            <source>Quyết định số {number} ngày {date}: {count} tập thể, {total} đ — {docx}, {pdf}</source>
            <translation>Decision {number} of {date}: {count} units, {total} đ — {docx}, {pdf}</translation>
        </message>
        <message>
            <source>Số quyết định, ví dụ 05</source>
            <translation>Decision number, e.g. 05</translation>
        </message>
        <message>
            <source>Số:</source>
            <translation>No.:</translation>
        </message>
        <message>
            <source>Đã ghi {path} ({pages} trang).</source>
            <translation>Written: {path} ({pages} pages).</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Bảng tính (*.xlsx *.csv)</source>
            <translation>Spreadsheets (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Danh sách khen thưởng các năm trước</source>
            <translation>Awards of past years</translation>
        </message>
        <message>
            <source>Nhập danh sách các năm trước…</source>
            <translation>Import past years' lists…</translation>
        </message>
        <message>
            <source>Tất cả đơn vị</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Đã thêm {added} khen thưởng, {unchanged} đã có từ trước.</source>
            <translation>{added} awards added, {unchanged} already there.</translation>
        </message>
        <message>
            <source>Đơn vị:</source>
            <translation>Unit:</translation>
        </message>
    </context>
    <context>
        <name>MeetingPanel</name>
        <message>
            <source> · Kỳ đã khóa</source>
            <translation> · Period locked</translation>
        </message>
        <message>
            <source>Bổ sung</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Bổ sung:</source>
            <translation>Add:</translation>
        </message>
        <message>
            <source>Chưa mở phiên họp: đánh dấu thành viên có mặt, chọn ngày họp rồi bấm “Mở phiên họp”.</source>
            <translation>No meeting yet: tick the members present, choose the date, then press “Open the meeting”.</translation>
        </message>
        <message>
            <source>Ghi kết quả kiểm phiếu</source>
            <translation>Save the tally</translation>
        </message>
        <message>
            <source>Họp ngày {date}: có mặt {attending}/{members} thành viên · {approved} tập thể đạt</source>
            <translation>Meeting of {date}: {attending} of {members} members present · {approved} units approved</translation>
        </message>
        <message>
            <source>Hủy phiên họp</source>
            <translation>Discard the meeting</translation>
        </message>
        <message>
            <source>Không đồng ý:</source>
            <translation>No:</translation>
        </message>
        <message>
            <source>Loại tập thể đang chọn</source>
            <translation>Take the selected unit off</translation>
        </message>
        <message>
            <source>Lý do (bắt buộc)</source>
            <translation>Reason (required)</translation>
        </message>
        <message>
            <source>Mở phiên họp</source>
            <translation>Open the meeting</translation>
        </message>
        <message>
            <source>Ngày họp:</source>
            <translation>Meeting date:</translation>
        </message>
        <message>
            <source>Đồng ý:</source>
            <translation>Yes:</translation>
        </message>
    </context>
    <context>
        <name>MembersBox</name>
        <message>
            <source>Chức vụ</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Họ và tên</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Thành viên Hội đồng (đánh dấu người có mặt)</source>
            <translation>Council members (tick those present)</translation>
        </message>
        <message>
            <source>Thêm thành viên</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>Thôi là thành viên</source>
            <translation>Remove from the council</translation>
        </message>
    </context>
    <context>
        <name>UnitAwardsLine</name>
        <message>
            <source>Khen thưởng các năm của {name}: {awards}</source>
            <translation>Awards of {name} by year: {awards}</translation>
        </message>
        <message>
            <source>chưa có</source>
            <translation>none yet</translation>
        </message>
    </context>
    <context>
        <name>TermsPanel</name>
        <message>
            <source>Căn cứ chung (mỗi dòng một căn cứ):</source>
            <translation>Legal bases (one a line):</translation>
        </message>
        <message>
            <source>Căn cứ riêng (mỗi dòng một căn cứ):</source>
            <translation>Its own legal bases (one a line):</translation>
        </message>
        <message>
            <source>Hình thức:</source>
            <translation>Award:</translation>
        </message>
        <message>
            <source>Lưu ngưỡng và căn cứ</source>
            <translation>Save threshold and bases</translation>
        </message>
        <message>
            <source>Lưu nội dung quyết định</source>
            <translation>Save the decision's wording</translation>
        </message>
        <message>
            <source>Nguồn kinh phí (Điều 2):</source>
            <translation>Budget (Article 2):</translation>
        </message>
        <message>
            <source>Nơi nhận (mỗi dòng một nơi):</source>
            <translation>Recipients (one a line):</translation>
        </message>
        <message>
            <source>Quyết định khen thưởng</source>
            <translation>Commendation decision</translation>
        </message>
        <message>
            <source>Theo hình thức khen thưởng</source>
            <translation>Per award</translation>
        </message>
        <message>
            <source>Trách nhiệm thi hành (Điều 3):</source>
            <translation>Who carries it out (Article 3):</translation>
        </message>
        <message>
            <source>số thành viên có mặt</source>
            <translation>of the members present</translation>
        </message>
        <message>
            <source>tổng số thành viên Hội đồng</source>
            <translation>of every council member</translation>
        </message>
        <message>
            <source>Đã lưu.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Đạt khi số phiếu đồng ý từ:</source>
            <translation>Approved with yes votes from:</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Đăng nhập</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Cơ sở dữ liệu {db} dùng tài khoản. Hãy đăng nhập.</source>
            <translation>The database {db} uses accounts. Please sign in.</translation>
        </message>
        <message>
            <source>Tên đăng nhập</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Mật khẩu</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Thoát</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>SigningKeyBox</name>
        <message>
            <source>Khóa ký giấy khen</source>
            <translation>Certificate signing key</translation>
        </message>
        <message>
            <source>Dấu vân tay khóa công khai: {fingerprint}</source>
            <translation>Public key fingerprint: {fingerprint}</translation>
        </message>
        <message>
            <source>Chưa có khóa ký: giấy khen mới chưa in được.</source>
            <translation>No signing key yet: new certificates cannot be printed.</translation>
        </message>
        <message>
            <source>Tạo khóa ký…</source>
            <translation>Make signing key…</translation>
        </message>
        <message>
            <source>Xuất khóa công khai…</source>
            <translation>Export public key…</translation>
        </message>
        <message>
            <source>Xuất khóa công khai</source>
            <translation>Export public key</translation>
        </message>
        <message>
            <source>Đã xuất ra {file}.</source>
            <translation>Exported to {file}.</translation>
        </message>
    </context>
    <context>
        <name>SigningKeyDialog</name>
        <message>
            <source>Khóa ký giấy khen</source>
            <translation>Certificate signing key</translation>
        </message>
        <message>
            <source>Chọn…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Tệp khóa ký:</source>
            <translation>Key file:</translation>
        </message>
        <message>
            <source>Mật khẩu:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>Giấy khen mới được ký bằng khóa của hội đồng. Khóa không lưu trong cơ sở dữ liệu.</source>
            <translation>New certificates are signed with the committee's key. The key is not kept in the database.</translation>
        </message>
        <message>
            <source>Chọn tệp khóa ký</source>
            <translation>Choose the key file</translation>
        </message>
    </context>
    <context>
        <name>NewKeyDialog</name>
        <message>
            <source>Tạo khóa ký giấy khen</source>
            <translation>Make the certificate signing key</translation>
        </message>
        <message>
            <source>Chọn…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Cất khóa vào tệp:</source>
            <translation>Keep the key in the file:</translation>
        </message>
        <message>
            <source>Mật khẩu:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>Nhập lại mật khẩu:</source>
            <translation>Passphrase again:</translation>
        </message>
        <message>
            <source>Khóa ký được cất trong tệp riêng, ngoài cơ sở dữ liệu, có mật khẩu bảo vệ.
Hãy cất tệp ở nơi an toàn (ví dụ USB của chủ tịch hội đồng) và nhớ mật khẩu.</source>
            <translation>The signing key is kept in a file of its own, outside the database, protected by a passphrase.
Keep the file somewhere safe (e.g. the committee chair's USB stick) and remember the passphrase.</translation>
        </message>
        <message>
            <source>Cất khóa ký vào tệp</source>
            <translation>Keep the signing key in a file</translation>
        </message>
        <message>
            <source>Hai lần nhập mật khẩu không giống nhau.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>Hãy chọn tệp để cất khóa ký.</source>
            <translation>Choose the file to keep the signing key in.</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Thêm ghi nhận: {type}</source>
            <translation>Add a record: {type}</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
    </context>
    <context>
        <name>RecordsTab</name>
        <message>
            <source>Sửa loại…</source>
            <translation>Edit type…</translation>
        </message>
        <message>
            <source>Loại mới…</source>
            <translation>New type…</translation>
        </message>
        <message>
            <source>Loại:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>Nhập ghi nhận hoạt động</source>
            <translation>Import activity records</translation>
        </message>
        <message>
            <source>Nhập từ tệp…</source>
            <translation>Import from file…</translation>
        </message>
        <message>
            <source>Thêm…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Xuất ghi nhận hoạt động</source>
            <translation>Export activity records</translation>
        </message>
        <message>
            <source>Xuất ra tệp…</source>
            <translation>Export to file…</translation>
        </message>
        <message>
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>{count} ghi nhận</source>
            <translation>{count} records</translation>
        </message>
        <message>
            <source>Đang nhập {file}…</source>
            <translation>Importing {file}…</translation>
        </message>
        <message>
            <source>Đã nhập: {added} ghi nhận mới, {same} ghi nhận đã có.</source>
            <translation>Imported: {added} new records, {same} already there.</translation>
        </message>
        <message>
            <source>Đã xuất {count} ghi nhận ra {file}.</source>
            <translation>Exported {count} records to {file}.</translation>
        </message>
    </context>
    <context>
        <name>RecordsView</name>
        <message>
            <source>Ghi nhận</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Chỉ tiêu</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Ghi nhận hoạt động</source>
            <translation>Activity records</translation>
        </message>
        <message>
            <source>Sổ mô hình “Dân vận khéo”</source>
            <translation>“Dân vận khéo” models register</translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message>
            <source>Nhập danh sách mô hình</source>
            <translation>Import a list of models</translation>
        </message>
        <message>
            <source>Nhập danh sách mô hình…</source>
            <translation>Import a list of models…</translation>
        </message>
        <message>
            <source>{count} mô hình — {by_field}</source>
            <translation>{count} models — {by_field}</translation>
        </message>
        <message>
            <source>Đang nhập {file}…</source>
            <translation>Importing {file}…</translation>
        </message>
    </context>
    <context>
        <name>ReportBar</name>
        <message>
            <source>Báo cáo…</source>
            <translation>Report…</translation>
        </message>
        <message>
            <source>Báo cáo năm</source>
            <translation>Report for</translation>
        </message>
        <message>
            <source>so với năm</source>
            <translation>against</translation>
        </message>
        <message>
            <source>Ghi báo cáo</source>
            <translation>Write the report</translation>
        </message>
        <message>
            <source>Đang ghi {file}…</source>
            <translation>Writing {file}…</translation>
        </message>
        <message>
            <source>Đã ghi {file}: {models} mô hình.</source>
            <translation>{file} written: {models} models.</translation>
        </message>
    </context>
    <context>
        <name>PeriodUnitsDialog</name>
        <message>
            <source>Đơn vị của kỳ</source>
            <translation>Units of the period</translation>
        </message>
        <message>
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Tìm theo tên hoặc mã…</source>
            <translation>Search by name or code…</translation>
        </message>
        <message>
            <source>Bỏ chọn một đơn vị sẽ xóa điểm của đơn vị đó trong kỳ (vẫn ghi trong nhật ký).</source>
            <translation>Unticking a unit deletes its scores in this period (the audit log keeps them).</translation>
        </message>
        <message>
            <source>Tìm</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Units</translation>
        </message>
    </context>
    <context>
        <name>RelinkDialog</name>
        <message>
            <source>Đổi bộ tiêu chí của kỳ</source>
            <translation>Change the period's criteria</translation>
        </message>
        <message>
            <source>Chuyển</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>{name} – bản {revision}</source>
            <translation>{name} – revision {revision}</translation>
        </message>
        <message>
            <source>Chuyển sang</source>
            <translation>Move to</translation>
        </message>
        <message>
            <source>Giữ điểm của {kept} tiêu chí.</source>
            <translation>Scores of {kept} criteria are kept.</translation>
        </message>
        <message>
            <source>Tiêu chí không còn: {codes}.</source>
            <translation>Criteria no longer there: {codes}.</translation>
        </message>
        <message>
            <source>Sẽ bỏ {count} điểm đã nhập (ghi lại trong nhật ký):</source>
            <translation>{count} entered scores will be dropped (kept in the audit log):</translation>
        </message>
        <message>
            <source>Sẽ bỏ khống chế: {marks}.</source>
            <translation>Vetoes dropped: {marks}.</translation>
        </message>
    </context>
    <context>
        <name>RenameDialog</name>
        <message>
            <source>Đổi tên kỳ chấm điểm</source>
            <translation>Rename period</translation>
        </message>
        <message>
            <source>Đổi tên</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Tên mới</source>
            <translation>New name</translation>
        </message>
    </context>
    <context>
        <name>box</name>
        <message>
            <source>Xóa kỳ chấm điểm</source>
            <translation>Delete period</translation>
        </message>
        <message>
            <source>Xóa kỳ «{name}»?</source>
            <translation>Delete period «{name}»?</translation>
        </message>
        <message>
            <source>Sẽ xóa cùng kỳ: {units} đơn vị của kỳ, {scores} điểm đã nhập, {vetoes} khống chế, {decisions} quyết định khen thưởng thủ công. Nhật ký vẫn giữ lại.</source>
            <translation>Deleted with it: {units} units of the period, {scores} entered scores, {vetoes} vetoes, {decisions} award decisions by hand. The audit log keeps everything.</translation>
        </message>
        <message>
            <source>Xóa kỳ</source>
            <translation>Delete period</translation>
        </message>
        <message>
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>AwardByHandDialog</name>
        <message>
            <source>Thêm đơn vị vào danh sách khen thưởng</source>
            <translation>Add units to the award list</translation>
        </message>
        <message>
            <source>Ghi quyết định</source>
            <translation>Record decision</translation>
        </message>
        <message>
            <source>Bắt buộc: lý do được ghi vào nhật ký</source>
            <translation>Required: the reason is written to the audit log</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Hình thức</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Lý do</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>{name} ({code}) — chưa chấm</source>
            <translation>{name} ({code}) — not scored</translation>
        </message>
        <message>
            <source>{name} ({code}) — hạng {rank}, {total} điểm</source>
            <translation>{name} ({code}) — rank {rank}, {total} points</translation>
        </message>
    </context>
    <context>
        <name>UnitChecklist</name>
        <message>
            <source>Tìm theo tên hoặc mã…</source>
            <translation>Search by name or code…</translation>
        </message>
    </context>
    <context>
        <name>PrintNeedsDialog</name>
        <message>
            <source>Cần thêm thông tin để in</source>
            <translation>Information needed to print</translation>
        </message>
        <message>
            <source>Lưu và in</source>
            <translation>Save and print</translation>
        </message>
        <message>
            <source>Văn bản in ra cần các thông tin dưới đây. Thông tin được lưu vào Cài đặt (và quyết định của kỳ) để lần sau không phải nhập lại.</source>
            <translation>The document needs the information below. It is saved in Settings (and the period's decision) so it need not be typed again.</translation>
        </message>
        <message>
            <source>Ví dụ: 05/QĐ-UBND</source>
            <translation>For example: 05/QĐ-UBND</translation>
        </message>
        <message>
            <source>Quyết định số</source>
            <translation>Decision number</translation>
        </message>
        <message>
            <source>Ngày quyết định</source>
            <translation>Decision date</translation>
        </message>
    </context>
    <context>
        <name>MonthStepsPanel</name>
        <message>
            <source>Các bước trong tháng</source>
            <translation>The month's steps</translation>
        </message>
        <message>
            <source>Bộ tiêu chí</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Kỳ chấm điểm</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Chấm điểm</source>
            <translation>Scores</translation>
        </message>
        <message>
            <source>Xếp hạng</source>
            <translation>Ranking</translation>
        </message>
        <message>
            <source>Khen thưởng</source>
            <translation>Awards</translation>
        </message>
        <message>
            <source>In giấy khen</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <source>Đã xong các bước của kỳ «{period}»</source>
            <translation>All steps of “{period}” are done</translation>
        </message>
        <message>
            <source>Tiếp theo: {step}</source>
            <translation>Next: {step}</translation>
        </message>
        <message>
            <source>nhập hoặc chọn bộ tiêu chí</source>
            <translation>import or choose the criteria</translation>
        </message>
        <message>
            <source>nhập danh sách đơn vị</source>
            <translation>import the list of units</translation>
        </message>
        <message>
            <source>tạo kỳ chấm điểm</source>
            <translation>create the period</translation>
        </message>
        <message>
            <source>chấm điểm cho các đơn vị còn thiếu</source>
            <translation>score the units still missing</translation>
        </message>
        <message>
            <source>xem bảng xếp hạng</source>
            <translation>look at the ranking</translation>
        </message>
        <message>
            <source>chọn đơn vị khen thưởng và ghi quyết định</source>
            <translation>choose the awardees and record the decision</translation>
        </message>
        <message>
            <source>in giấy khen và danh sách</source>
            <translation>print the certificates and the award list</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsTab</name>
        <message>
            <source>để trống khi chưa có kết quả</source>
            <translation>leave empty until there is a result</translation>
        </message>
        <message>
            <source>Đạt được</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>{total} chỉ tiêu của {units} đơn vị: {met} đạt, trong đó {exceeded} vượt.</source>
            <translation>{total} indicators of {units} units: {met} met, {exceeded} of them exceeded.</translation>
        </message>
        <message>
            <source>Thêm chỉ tiêu, hoặc ghi kết quả (chọn một dòng để sửa)</source>
            <translation>Add an indicator, or enter its result (choose a row to change it)</translation>
        </message>
        <message>
            <source>Năm:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Mục tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Lưu chỉ tiêu</source>
            <translation>Save indicator</translation>
        </message>
        <message>
            <source>Chỉ tiêu</source>
            <translation>Indicator</translation>
        </message>
    </context>
    <context>
        <name>DatesDialog</name>
        <message>
            <source>Đến ngày</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Từ ngày</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Khoảng ngày của kỳ</source>
            <translation>The days the period covers</translation>
        </message>
        <message>
            <source>Các tiêu chí lấy số liệu từ ghi nhận chỉ đếm những ghi nhận trong khoảng ngày này.</source>
            <translation>Criteria that take their figures from the records count only the records within these days.</translation>
        </message>
    </context>
    <context>
        <name>RecordTypeDialog</name>
        <message>
            <source>Xóa trường đang chọn</source>
            <translation>Remove the chosen field</translation>
        </message>
        <message>
            <source>Tên loại</source>
            <translation>Type name</translation>
        </message>
        <message>
            <source>Tên cột</source>
            <translation>Column name</translation>
        </message>
        <message>
            <source>Thêm trường</source>
            <translation>Add field</translation>
        </message>
        <message>
            <source>Sửa loại ghi nhận</source>
            <translation>Edit record type</translation>
        </message>
        <message>
            <source>Mã trường</source>
            <translation>Field code</translation>
        </message>
        <message>
            <source>Mã loại</source>
            <translation>Type code</translation>
        </message>
        <message>
            <source>Lưu loại</source>
            <translation>Save type</translation>
        </message>
        <message>
            <source>Loại ghi nhận mới</source>
            <translation>New record type</translation>
        </message>
        <message>
            <source>Kiểu</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Các trường</source>
            <translation>Fields</translation>
        </message>
        <message>
            <source>Các lựa chọn (cách nhau dấu ;)</source>
            <translation>Choices (separated by ;)</translation>
        </message>
    </context>
    <context>
        <name>TypeForm</name>
        <message>
            <source>Dòng {row} › {column}</source>
            <translation>Row {row} › {column}</translation>
        </message>
    </context>
</TS>
