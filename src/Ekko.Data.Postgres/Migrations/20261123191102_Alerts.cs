using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ekko.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Alerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    SeriesKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Grain = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Measure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Scope = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ScopeDimension = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ScopeValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Period = table.Column<DateOnly>(type: "date", nullable: false),
                    LastPeriod = table.Column<DateOnly>(type: "date", nullable: false),
                    Periods = table.Column<int>(type: "integer", nullable: false),
                    Observed = table.Column<double>(type: "double precision", nullable: false),
                    Expected = table.Column<double>(type: "double precision", nullable: false),
                    ExpectedLow = table.Column<double>(type: "double precision", nullable: false),
                    ExpectedHigh = table.Column<double>(type: "double precision", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Severity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    N = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Explanation = table.Column<string>(type: "jsonb", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActionPlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    StatusBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Alerts_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertSubscribers",
                columns: table => new
                {
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertSubscribers", x => new { x.WorkspaceId, x.UserId });
                    table.ForeignKey(
                        name: "FK_AlertSubscribers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AlertSubscribers_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertWatches",
                columns: table => new
                {
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    JudgedThrough = table.Column<DateOnly>(type: "date", nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertWatches", x => x.WorkspaceId);
                    table.ForeignKey(
                        name: "FK_AlertWatches_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertMails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToAddress = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertMails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertMails_Alerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "Alerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AlertMails_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertMails_AlertId",
                table: "AlertMails",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertMails_Status_NextAttemptAt",
                table: "AlertMails",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertMails_WorkspaceId",
                table: "AlertMails",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_WorkspaceId_SeriesKey_Period",
                table: "Alerts",
                columns: new[] { "WorkspaceId", "SeriesKey", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_WorkspaceId_Status_Period",
                table: "Alerts",
                columns: new[] { "WorkspaceId", "Status", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertSubscribers_UserId",
                table: "AlertSubscribers",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertMails");

            migrationBuilder.DropTable(
                name: "AlertSubscribers");

            migrationBuilder.DropTable(
                name: "AlertWatches");

            migrationBuilder.DropTable(
                name: "Alerts");
        }
    }
}
