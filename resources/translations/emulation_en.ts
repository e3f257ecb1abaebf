<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name />
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
            <source>Trang này chưa có trong phiên bản này.</source>
            <translation>This page is not available in this version.</translation>
        </message>
        <message>
            <source>Bộ tiêu chí</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <source>Chấm điểm</source>
            <translation>Scoring</translation>
        </message>
        <message>
            <source>Tổng quan</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Units</translation>
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
        <name>ExplanationPanel</name>
        <message>
            <source>Điểm qua các kỳ cùng bộ tiêu chí:</source>
            <translation>Totals in the periods of the same criteria set:</translation>
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
    </context>
    <context>
        <name>PeriodDialog</name>
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
            <source>Quyết định số:</source>
            <translation>Decision no.:</translation>
        </message>
        <message>
            <source>ngày</source>
            <translation>dated</translation>
        </message>
        <message>
            <source>Chức năng in chưa có trong phiên bản này</source>
            <translation>Printing is not available in this version</translation>
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
    </context>
</TS>
